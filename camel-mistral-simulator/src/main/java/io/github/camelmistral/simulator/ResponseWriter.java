package io.github.camelmistral.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

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
        write(exchange, response, () -> { });
    }

    /**
     * Writes the whole response; {@code beforeLastBytes} runs just before the write that completes it, so that
     * whatever it records happens before the client can have the full response (and send its next request).
     */
    static void write(HttpExchange exchange, SimResponse response, Runnable beforeLastBytes) throws IOException {
        if (response.isEventStream()) {
            startStream(exchange, response);
            List<SseEvent> events = response.events();
            for (int i = 0; i < events.size(); i++) {
                if (i == events.size() - 1) {
                    beforeLastBytes.run();
                }
                send(exchange, events.get(i));
            }
        } else {
            putHeaders(exchange, response);
            byte[] body = response.body();
            if (body.length == 0) {
                beforeLastBytes.run();
                exchange.sendResponseHeaders(response.status(), -1);
            } else {
                exchange.sendResponseHeaders(response.status(), body.length);
                beforeLastBytes.run();
                exchange.getResponseBody().write(body);
            }
        }
        exchange.close();
    }

    /**
     * Streams the events of {@code response} one {@code gap} apart, without holding a thread between them; runs
     * {@code done} just before the last event. A client that goes away ends the stream early; {@code done} runs all
     * the same.
     */
    static void writePaced(HttpExchange exchange, SimResponse response, Duration gap, Deferrer deferrer,
            Runnable done) {
        new PacedStream(exchange, response.events(), gap, deferrer, done).start(response);
    }

    /**
     * Declares the full response, sends half of it, then drops the connection. A stream too declares its full
     * length, so that it fails the client the same way whichever thread cuts it off.
     */
    static void writeTruncated(HttpExchange exchange, SimResponse response) throws IOException {
        putHeaders(exchange, response);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(Arrays.copyOf(body, body.length / 2));
        out.flush();
        throw new ConnectionDropped("truncated response fault");
    }

    /**
     * Drops the connection from outside the handler: closing an exchange whose response is missing or incomplete
     * makes the JDK server close the socket.
     */
    static void drop(HttpExchange exchange) {
        exchange.close();
    }

    private static void startStream(HttpExchange exchange, SimResponse response) throws IOException {
        putHeaders(exchange, response);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(response.status(), 0);
    }

    private static void send(HttpExchange exchange, SseEvent event) throws IOException {
        OutputStream out = exchange.getResponseBody();
        out.write(event.wireFormat().getBytes(StandardCharsets.UTF_8));
        out.flush(); // each event leaves at once, as a real stream's would
    }

    /** The events of one stream, each sent by a deferred task when its time comes. */
    private static final class PacedStream {

        private final HttpExchange exchange;
        private final List<SseEvent> events;
        private final Duration gap;
        private final Deferrer deferrer;
        private final Runnable done;
        private int next;

        PacedStream(HttpExchange exchange, List<SseEvent> events, Duration gap, Deferrer deferrer, Runnable done) {
            this.exchange = exchange;
            this.events = events;
            this.gap = gap;
            this.deferrer = deferrer;
            this.done = done;
        }

        void start(SimResponse response) {
            try {
                startStream(exchange, response);
                sendNext();
            } catch (IOException | RuntimeException e) {
                end();
            }
        }

        // each call runs on one executor thread at a time, handed over by the timer: no two touch the stream at once
        private void sendNext() throws IOException {
            if (next == events.size() - 1) {
                done.run();
            }
            send(exchange, events.get(next++));
            if (next < events.size()) {
                deferrer.after(gap, () -> {
                    try {
                        sendNext();
                    } catch (IOException | RuntimeException e) {
                        end(); // the client went away
                    }
                });
            } else {
                end();
            }
        }

        private void end() {
            try {
                exchange.close();
            } finally {
                done.run();
            }
        }
    }

    private static void putHeaders(HttpExchange exchange, SimResponse response) {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    }
}
