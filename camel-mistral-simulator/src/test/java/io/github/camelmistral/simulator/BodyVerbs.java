package io.github.camelmistral.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The calls with a JSON body that {@link SimulatorClient} lacks (PUT, DELETE with a body), and SSE parsing. */
final class BodyVerbs {

    private BodyVerbs() {
    }

    /** One server-sent event: its name and its parsed data. */
    record Event(String name, JsonNode data) {
    }

    static SimulatorClient.Response putJson(SimulatorClient client, String path, Object body) {
        return withBody(client, "PUT", path, body);
    }

    static SimulatorClient.Response deleteJson(SimulatorClient client, String path, Object body) {
        return withBody(client, "DELETE", path, body);
    }

    static SimulatorClient.Response put(SimulatorClient client, String path) {
        return send(client, client.request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static SimulatorClient.Response withBody(SimulatorClient client, String method, String path,
            Object body) {
        return send(client, client.request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(SimulatorClient.text(body))));
    }

    private static SimulatorClient.Response send(SimulatorClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.sendRaw(request);
            return new SimulatorClient.Response(response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The named events of a stream such as the conversation and speech streams. */
    static List<Event> events(String stream) {
        return Arrays.stream(stream.split("\n\n")).filter(block -> !block.isBlank()).map(block -> {
            String name = null;
            String data = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                }
            }
            return new Event(name, SimulatorClient.parse(data));
        }).toList();
    }
}
