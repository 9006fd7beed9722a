package io.github.camelmistral.example;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelmistral.api.stream.TextStream;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * {@code POST /chat}: the request body is the prompt, the reply is written as Mistral generates it, one chunk per
 * delta (watch it with {@code curl -N -d 'Tell me a story' http://localhost:8080/chat}). The JDK's HTTP server keeps
 * the example free of a web stack; the route behind it is {@code direct:streamChat}.
 */
public final class ChatServer implements AutoCloseable {

    private static final String HTTP_EXCHANGE = "ChatServer.httpExchange";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile ProducerTemplate template;

    private ChatServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Serves on {@code port} of the loopback interface (0 for any free port); calls are answered with 503 until
     * {@link #serve} hands over the CamelContext's template.
     */
    public static ChatServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ChatServer chat = new ChatServer(server);
        server.setExecutor(chat.threads);
        server.createContext("/chat", chat::answer);
        server.start();
        return chat;
    }

    /** Answers with the routes of the CamelContext that {@code template} sends to. */
    public void serve(ProducerTemplate template) {
        this.template = template;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange http) throws IOException {
        ProducerTemplate template = this.template;
        if (template == null || !"POST".equals(http.getRequestMethod())) {
            http.sendResponseHeaders(template == null ? 503 : 405, -1);
            http.close();
            return;
        }
        String prompt = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        // the route writes the reply itself, while its exchange (and so the stream) is open
        Exchange done = template.send("direct:streamChat", exchange -> {
            exchange.getIn().setBody(prompt.isBlank() ? "Tell me a story" : prompt);
            exchange.setProperty(HTTP_EXCHANGE, http);
        });
        if (done.getException() != null) {
            byte[] error = ("The call failed: " + done.getException().getMessage()).getBytes(StandardCharsets.UTF_8);
            http.sendResponseHeaders(502, error.length);
            http.getResponseBody().write(error);
        }
        http.close();
    }

    /** Writes the deltas of the route's {@link TextStream} as they arrive: the last step of {@code direct:streamChat}. */
    public static void writeReply(Exchange exchange) throws IOException {
        HttpExchange http = exchange.getProperty(HTTP_EXCHANGE, HttpExchange.class);
        TextStream reply = exchange.getMessage().getBody(TextStream.class);
        http.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        http.sendResponseHeaders(200, 0);
        try (OutputStream out = http.getResponseBody()) {
            while (reply.hasNext()) {
                out.write(reply.next().getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
