package io.github.camelmistral.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.stream.StreamResult;
import io.github.camelmistral.api.stream.TextStream;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Streamed replies against a local server that sends the stream in steps the test controls, so that "the first delta
 * reaches the route before the rest is sent" is shown by order, not by timing.
 */
class StreamingTest extends CamelTestSupport {

    private static final String KEY = "sk-stream-SECRET-77aa";

    private HttpServer server;
    private final CountDownLatch sendRest = new CountDownLatch(1);
    private final AtomicReference<String> requestBody = new AtomicReference<>();
    private final AtomicReference<String> accept = new AtomicReference<>();
    private final AtomicReference<IOException> writeFailure = new AtomicReference<>();
    private volatile List<String> firstPart = List.of();
    private volatile List<String> rest = List.of();

    private static String chunk(String content, String finishReason, String usage) {
        return "{\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"mistral-small-2506\","
               + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + content + "},\"finish_reason\":"
               + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]"
               + (usage == null ? "" : ",\"usage\":" + usage) + "}";
    }

    private static String event(String data) {
        return "data: " + data + "\n\n";
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        sendRest.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange http) throws IOException {
        requestBody.set(new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        accept.set(http.getRequestHeaders().getFirst("Accept"));
        http.getResponseHeaders().set("Content-Type", "text/event-stream");
        http.sendResponseHeaders(200, 0);
        try (OutputStream out = http.getResponseBody()) {
            for (String part : firstPart) {
                out.write(part.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (!sendRest.await(30, TimeUnit.SECONDS)) {
                return;
            }
            for (String part : rest) {
                out.write(part.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            writeFailure.set(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String uri(String options) {
        return "mistral:chat?baseUrl=http://127.0.0.1:" + server.getAddress().getPort() + "&apiKey=" + KEY
               + "&streaming=true" + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:chat?event=created").to("mock:completed");
            }
        };
    }

    private TextStream stream(String options) {
        Exchange result = template.request(uri(options), e -> e.getIn().setBody("Tell me a story"));
        assertThat(result.getException()).isNull();
        return result.getMessage().getBody(TextStream.class);
    }

    @Test
    void theFirstDeltaArrivesBeforeTheRestIsSentAndTheResultComesAtTheEnd() throws Exception {
        firstPart = List.of(": a comment the reader skips\n\n",
                event(chunk("\"\"", null, null).replace("{\"content\":\"\"}", "{\"role\":\"assistant\",\"content\":\"\"}")),
                event(chunk("\"Once\"", null, null)));
        rest = List.of(event(chunk("\" upon\"", null, null)),
                event(chunk("\" a time.\"", "stop", "{\"prompt_tokens\":7,\"completion_tokens\":4,\"total_tokens\":11}")),
                event("[DONE]"));
        MockEndpoint completed = getMockEndpoint("mock:completed");
        completed.expectedMessageCount(1);

        try (TextStream stream = stream("")) {
            assertThat(stream.hasNext()).isTrue();
            assertThat(stream.next()).isEqualTo("Once");
            assertThat(stream.result()).isNull();
            assertThat(completed.getReceivedCounter()).isZero();

            sendRest.countDown();
            List<String> deltas = new ArrayList<>();
            stream.forEachRemaining(deltas::add);

            assertThat(deltas).containsExactly(" upon", " a time.");
            StreamResult result = stream.result();
            assertThat(result.text()).isEqualTo("Once upon a time.");
            assertThat(result.finishReason()).isEqualTo("stop");
            assertThat(result.usage().totalTokens()).isEqualTo(11);
            assertThat(result.model()).isEqualTo("mistral-small-2506");
            assertThat(result.id()).isEqualTo("cmpl-1");
        }
        assertThat(requestBody.get()).contains("\"stream\":true");
        assertThat(accept.get()).isEqualTo("text/event-stream");
        // the completion trigger fires once, when the stream has ended, with the whole text
        completed.assertIsSatisfied(5_000);
        Exchange event = completed.getExchanges().get(0);
        assertThat(event.getMessage().getBody(StreamResult.class).text()).isEqualTo("Once upon a time.");
        assertThat(event.getMessage().getHeader(MistralConstants.TOTAL_TOKENS)).isEqualTo(11);
    }

    @Test
    void convertBodyToStringWaitsForTheWholeTextAndMultiLineDataIsJoined() {
        firstPart = List.of("data: " + chunk("\"a\"", null, null).replace(",\"choices\"", "\n" + "data: ,\"choices\"") + "\n\n",
                event(chunk("[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"hmm\"}]},"
                            + "{\"type\":\"text\",\"text\":\"b\"}]", "stop", null)),
                event("[DONE]"));
        sendRest.countDown();

        Exchange result = template.request(uri(""), e -> e.getIn().setBody("Hi"));
        String text = context.getTypeConverter().convertTo(String.class, result, result.getMessage().getBody());

        // a data field split over two lines is one event; thinking chunks are not part of the answer
        assertThat(text).isEqualTo("ab");
    }

    @Test
    void convertBodyToInputStreamGivesTheBytesAsTheyArrive() throws IOException {
        firstPart = List.of(event(chunk("\"héllo \"", null, null)));
        rest = List.of(event(chunk("\"world\"", "stop", null)), event("[DONE]"));

        Exchange result = template.request(uri(""), e -> e.getIn().setBody("Hi"));
        try (InputStream bytes = context.getTypeConverter().convertTo(InputStream.class, result,
                result.getMessage().getBody())) {
            byte[] first = new byte[64];
            int n = bytes.read(first);
            assertThat(new String(first, 0, n, StandardCharsets.UTF_8)).isEqualTo("héllo ");
            sendRest.countDown();
            assertThat(new String(bytes.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("world");
        }
    }

    @Test
    void anErrorInTheStreamFailsTheIterationWithTheApiError() {
        firstPart = List.of(event(chunk("\"partial\"", null, null)),
                event("{\"object\":\"error\",\"message\":\"Service unavailable mid-stream\",\"type\":\"server_error\",\"code\":\"3000\"}"));
        sendRest.countDown();

        TextStream stream = stream("");
        assertThat(stream.next()).isEqualTo("partial");
        assertThatThrownBy(stream::hasNext).isInstanceOf(TextStream.StreamFailedException.class)
                .hasCauseInstanceOf(MistralApiException.class)
                .hasMessageContaining("Service unavailable mid-stream").hasMessageContaining("server_error");
    }

    @Test
    void aStalledStreamFailsAfterStreamIdleTimeout() {
        firstPart = List.of(event(chunk("\"slow\"", null, null)));

        TextStream stream = stream("streamIdleTimeout=300");
        assertThat(stream.next()).isEqualTo("slow");
        assertThatThrownBy(stream::hasNext).isInstanceOf(TextStream.StreamFailedException.class)
                .hasCauseInstanceOf(MistralConnectionException.class)
                .hasMessageContaining("streamIdleTimeout=300 ms")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void closingEarlyStopsTheCall() {
        firstPart = List.of(event(chunk("\"first\"", null, null)));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append(event(chunk("\"more text " + i + "\"", null, null)));
        }
        rest = List.of(many.toString());

        TextStream stream = stream("");
        assertThat(stream.next()).isEqualTo("first");
        stream.close();
        sendRest.countDown();

        // the connection is gone: the server cannot write the rest of the reply
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(writeFailure.get()).isNotNull());
        assertThat(stream.isEnded()).isTrue();
    }

    @Test
    void aStreamedBodyIsSplitDeltaByDeltaInARoute() throws Exception {
        firstPart = List.of(event(chunk("\"one \"", null, null)), event(chunk("\"two\"", "stop", null)), event("[DONE]"));
        sendRest.countDown();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split").to(uri("")).split(body()).streaming().to("mock:delta");
            }
        });
        MockEndpoint deltas = getMockEndpoint("mock:delta");
        deltas.expectedBodiesReceived("one ", "two");

        template.sendBody("direct:split", "Count");

        deltas.assertIsSatisfied(5_000);
    }
}
