package io.github.camelmistral.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What a route answers: a complete body, or a list of server-sent events to stream. */
public final class SimResponse {

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final List<SseEvent> events;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private SimResponse(int status, String contentType, byte[] body, List<SseEvent> events) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.events = events;
    }

    public static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, "application/json", Json.bytes(body), null);
    }

    public static SimResponse ok(JsonNode body) {
        return json(200, body);
    }

    public static SimResponse bytes(String contentType, byte[] body) {
        return new SimResponse(200, contentType, body, null);
    }

    /** A status without a body, such as the 204 of a delete. */
    public static SimResponse empty(int status) {
        return new SimResponse(status, "application/json", new byte[0], null);
    }

    public static SimResponse eventStream(List<SseEvent> events) {
        return new SimResponse(200, "text/event-stream", null, List.copyOf(events));
    }

    public SimResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isEventStream() {
        return events != null;
    }

    public List<SseEvent> events() {
        return events;
    }

    /** The full body; for an event stream, the bytes the stream carries. */
    public byte[] body() {
        if (events == null) {
            return body;
        }
        StringBuilder all = new StringBuilder();
        events.forEach(event -> all.append(event.wireFormat()));
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
