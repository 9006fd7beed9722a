package io.github.camelmistral.producer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.FormFile;
import io.github.camelmistral.api.stream.TextStream;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mistral:apiRequest} beyond JSON: a {@code Map} with files sent as a multipart form (parts checked on the
 * wire), a large binary answer as an {@code InputStream}, and an event stream, paced by the server, as an iterator of
 * its {@code data:} payloads.
 */
class ApiRequestStreamingTest extends MistralTestSupport {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicReference<Object> seen = new AtomicReference<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // what a streamed body is must be seen within the route: it is closed when the exchange ends
                from("direct:any").toD(mistral("apiRequest", "${header.options}")).process(exchange -> readBody(exchange));
                from("direct:anyHost").toD("mistral:apiRequest?apiKey=" + API_KEY + "&${header.options}")
                        .process(exchange -> readBody(exchange));
            }
        };
    }

    private void readBody(Exchange exchange) throws IOException {
        Object body = exchange.getMessage().getBody();
        seen.set(body == null ? null : body.getClass());
        if (body instanceof InputStream in) {
            exchange.getMessage().setBody(in.readAllBytes());
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private Exchange call(String options, Object body) {
        return template.request("direct:any", exchange -> {
            exchange.getIn().setHeader("options", options);
            exchange.getIn().setBody(body);
        });
    }

    @Test
    void aMapWithFilesIsSentAsAMultipartFormPartByPart() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/custom/forms")).willReturn(okJson("{\"id\":\"f-1\"}")));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "from disk");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("file", FormFile.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "scan.pdf", "application/pdf"));
        form.put("purpose", "ocr");
        form.put("attachments", List.of(notes, new java.io.ByteArrayInputStream(new byte[] {1, 2, 3})));
        form.put("timestamp_granularities", List.of("segment", "word"));
        form.put("metadata", Map.of("source", "camel"));
        form.put("expiry", 24);
        form.put("skipped", null);

        Exchange result = call("method=POST&path=/v1/custom/forms", form);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Map.class)).containsEntry("id", "f-1");
        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        List<String> parts = new ArrayList<>();
        for (Request.Part part : sent.getParts()) {
            parts.add(part.getName() + "|" + part.getHeader("Content-Disposition").firstValue()
                      + "|" + (part.getHeader("Content-Type").isPresent() ? part.getHeader("Content-Type").firstValue() : "")
                      + "|" + part.getBody().asString());
        }
        assertThat(parts).containsExactly(
                "purpose|form-data; name=\"purpose\"||ocr",
                "timestamp_granularities|form-data; name=\"timestamp_granularities\"||segment",
                "timestamp_granularities|form-data; name=\"timestamp_granularities\"||word",
                "metadata|form-data; name=\"metadata\"||{\"source\":\"camel\"}",
                "expiry|form-data; name=\"expiry\"||24",
                "file|form-data; name=\"file\"; filename=\"scan.pdf\"|application/pdf|%PDF-1.7",
                "attachments|form-data; name=\"attachments\"; filename=\"notes.txt\"|application/octet-stream|from disk",
                "attachments|form-data; name=\"attachments\"; filename=\"attachments\"|application/octet-stream|\u0001\u0002\u0003");
    }

    @Test
    void aFormCannotBeSentWithGet() {
        Exchange result = call("path=/v1/files", Map.of("file", new byte[] {1}));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POST, PUT or PATCH");
        assertNoRequestSent();
    }

    @Test
    void aBinaryAnswerOverTheThresholdComesBackAsAStreamAndASmallOneAsBytes() {
        byte[] large = new byte[3 * 1024 * 1024];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        wireMock.stubFor(get(urlEqualTo("/v1/files/big/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(large)));
        wireMock.stubFor(get(urlEqualTo("/v1/files/small/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(new byte[] {'%', 'P', 'D', 'F'})));

        Exchange big = call("path=/v1/files/big/content", null);
        assertThat(big.getException()).isNull();
        assertThat(seen.get()).as("3 MiB is over the default 1 MiB").isNotEqualTo(byte[].class);
        assertThat((Class<?>) seen.get()).isAssignableTo(InputStream.class);
        assertThat(big.getMessage().getBody(byte[].class)).isEqualTo(large);
        assertThat(big.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/octet-stream");

        Exchange small = call("path=/v1/files/small/content", null);
        assertThat(seen.get()).isEqualTo(byte[].class);
        assertThat(small.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");

        call("path=/v1/files/small/content&streamThreshold=0", null);
        assertThat((Class<?>) seen.get()).as("streamThreshold=0 always streams").isAssignableTo(InputStream.class);
    }

    @Test
    void aBinaryAnswerOfUnknownLengthIsBytesWhenItEndsWithinTheThresholdElseAStream() throws Exception {
        startServer("/v1/audio/raw", http -> {
            http.getResponseHeaders().set("Content-Type", "audio/L16");
            http.sendResponseHeaders(200, 0); // chunked: no length known up front
            try (OutputStream out = http.getResponseBody()) {
                out.write(new byte[] {9, 8, 7, 6, 5});
            }
        });

        Exchange small = callServer("path=/v1/audio/raw");
        assertThat(seen.get()).isEqualTo(byte[].class);
        assertThat(small.getMessage().getBody(byte[].class)).containsExactly(9, 8, 7, 6, 5);

        Exchange large = callServer("path=/v1/audio/raw&streamThreshold=2");
        assertThat(large.getException()).isNull();
        assertThat((Class<?>) seen.get()).as("past 2 bytes it switches to a stream, starting with what was read")
                .isAssignableTo(InputStream.class);
        assertThat(large.getMessage().getBody(byte[].class)).containsExactly(9, 8, 7, 6, 5);
        assertThat(large.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/L16");
    }

    private Exchange callServer(String options) {
        return template.request("direct:anyHost", exchange -> exchange.getIn().setHeader("options",
                options + "&baseUrl=" + serverUrl()));
    }

    @Test
    void anEventStreamIsAnIteratorOfItsDataPayloadsInArrivalOrder() throws Exception {
        CountDownLatch sendRest = new CountDownLatch(1);
        AtomicReference<String> accept = new AtomicReference<>();
        startServer("/v1/conversations", http -> {
            accept.set(http.getRequestHeaders().getFirst("Accept"));
            http.getResponseHeaders().set("Content-Type", "text/event-stream");
            http.sendResponseHeaders(200, 0);
            try (OutputStream out = http.getResponseBody()) {
                out.write(("event: conversation.response.started\ndata: {\"type\":\"conversation.response.started\"}\n\n"
                           + ": keep-alive\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (sendRest.await(30, TimeUnit.SECONDS)) {
                    out.write(("event: message.output.delta\ndata: {\"type\":\"message.output.delta\",\n"
                               + "data: \"content\":\"Hi\"}\n\n"
                               + "event: conversation.response.done\ndata: {\"type\":\"conversation.response.done\"}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> events = new ArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:events").to("mistral:apiRequest?apiKey=" + API_KEY + "&baseUrl=" + serverUrl()
                                         + "&method=POST&path=/v1/conversations&streaming=true")
                        .process(exchange -> {
                            TextStream stream = exchange.getMessage().getBody(TextStream.class);
                            // the first event is there while the server still holds back the rest
                            assertThat(stream.hasNext()).isTrue();
                            events.add(stream.next());
                            assertThat(stream.isEnded()).isFalse();
                            sendRest.countDown();
                            stream.forEachRemaining(events::add);
                        });
            }
        });

        Exchange result = template.request("direct:events", exchange -> exchange.getIn().setBody(Map.of("inputs", "Hi")));

        assertThat(result.getException()).isNull();
        assertThat(accept.get()).isEqualTo("text/event-stream");
        assertThat(events).containsExactly("{\"type\":\"conversation.response.started\"}",
                "{\"type\":\"message.output.delta\",\n\"content\":\"Hi\"}",
                "{\"type\":\"conversation.response.done\"}");
        assertThat(result.getMessage().getHeader(MistralConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/event-stream");
    }

    @Test
    void withoutStreamingAnEventStreamIsReadWholeAsText() {
        wireMock.stubFor(post(urlEqualTo("/v1/conversations")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody("data: {\"a\":1}\n\n")));

        Exchange result = call("method=POST&path=/v1/conversations", "{\"inputs\":\"Hi\"}");

        assertThat(seen.get()).isEqualTo(String.class);
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("data: {\"a\":1}\n\n");
    }

    private interface Handler {
        void handle(HttpExchange http) throws IOException;
    }

    private void startServer(String path, Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(path, http -> {
            http.getRequestBody().readAllBytes();
            handler.handle(http);
            http.close();
        });
        server.start();
    }

    private String serverUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
