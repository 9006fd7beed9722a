package io.github.camelmistral.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Multipart;
import io.github.camelmistral.simulator.http.SimRequest;

/** A request as the simulator received it, before any fault, authentication or validation. */
public final class RecordedRequest {

    private final SimRequest request;
    private final Instant receivedAt;
    private final Instant arrivedAt;

    RecordedRequest(SimRequest request, Instant receivedAt, Instant arrivedAt) {
        this.request = request;
        this.receivedAt = receivedAt;
        this.arrivedAt = arrivedAt;
    }

    public String method() {
        return request.method();
    }

    public String path() {
        return request.path();
    }

    /** The raw (still encoded) query string, or null. */
    public String query() {
        return request.rawQuery();
    }

    /** The decoded values of a query parameter, in order; empty when absent. */
    public List<String> queryParameter(String name) {
        return request.queryAll(name);
    }

    /** Headers by case-insensitive name. */
    public Map<String, List<String>> headers() {
        return request.headers();
    }

    public String header(String name) {
        return request.header(name);
    }

    public byte[] body() {
        return request.body().clone();
    }

    public String bodyAsString() {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; null when it is not JSON. */
    public JsonNode bodyAsJson() {
        return Json.parseLenient(bodyAsString());
    }

    /** The multipart form of an upload or transcription request. */
    public Multipart multipart() {
        return request.multipart();
    }

    /** When it arrived, on the simulator clock (which tests may move). */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * When it arrived in real time, from a monotonic source: the differences between requests are exact whatever the
     * simulator clock or the system clock did, which is what rate checks need.
     */
    public Instant arrivedAt() {
        return arrivedAt;
    }

    @Override
    public String toString() {
        return method() + " " + path() + (query() == null ? "" : "?" + query());
    }
}
