package io.github.camelmistral.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.sun.net.httpserver.HttpExchange;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.http.SseEvent;

/** Writes responses to the JDK server's exchanges: whole bodies with a length, event streams chunk by chunk. */
final class ResponseWriter {

    /**
     * Thrown out of the handler to make the JDK server drop the socket: it closes the connection of an exchange whose
     * handler fails, without completing the response, which is exactly a reset as the client sees it.
     */
    static final class ConnectionDropped extends RuntimeException {

        ConnectionDropped(String reason) {
            super(reason, null, false, false);
        }
    }

    private ResponseWriter() {
    }

    static void write(HttpExchange exchange, SimResponse response) throws IOException {
        putHeaders(exchange, response);
        if (response.isEventStream()) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(response.status(), 0);
            OutputStream out = exchange.getResponseBody();
            for (SseEvent event : response.events()) {
                out.write(event.wireFormat().getBytes(StandardCharsets.UTF_8));
                out.flush(); // each event leaves at once, as a real stream's would
            }
        } else {
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    /** Declares the full response, sends half of it, then drops the connection. */
    static void writeTruncated(HttpExchange exchange, SimResponse response) throws IOException {
        putHeaders(exchange, response);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), response.isEventStream() ? 0 : body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(Arrays.copyOf(body, body.length / 2));
        out.flush();
        throw new ConnectionDropped("truncated response fault");
    }

    private static void putHeaders(HttpExchange exchange, SimResponse response) {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    }
}
