package io.github.camelmistral.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.OfficialSpec;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.stream.StreamResult;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.tools.ToolCallRecord;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Streamed tool loops (chat) and streamed conversation turns (with and without function tools) against a local server
 * whose streams wait for the test before their last events: that the first delta of the answer is read before the
 * rest is sent is shown by order, not timing. Every request body is checked against the official spec.
 */
class StreamingToolsTest extends CamelTestSupport {

    private static final String KEY = "sk-stream-tools-SECRET-31c";
    private static final String CONVERSATION_ID = "conv_0197aa11bb22";

    /** One scripted answer: the events sent at once, then those sent once {@code gate} opens. */
    private record Answer(List<String> first, CountDownLatch gate, List<String> rest) {
    }

    private HttpServer server;
    private final Map<String, Queue<Answer>> answers = Map.of(
            "/v1/chat/completions", new ConcurrentLinkedQueue<>(),
            "/v1/conversations", new ConcurrentLinkedQueue<>(),
            "/v1/conversations/" + CONVERSATION_ID, new ConcurrentLinkedQueue<>());
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> specViolations = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        answers.keySet().forEach(path -> server.createContext(path, this::answer));
        server.start();
    }

    @AfterEach
    void stopServer() {
        gate.countDown();
        server.stop(0);
        assertThat(specViolations).isEmpty();
    }

    private void answer(HttpExchange http) throws IOException {
        byte[] body = http.getRequestBody().readAllBytes();
        String path = http.getRequestURI().getPath();
        requests.add(MistralJson.mapper().readTree(body));
        OfficialSpec.contract().ifPresent(contract -> contract.violations(new SimRequest("POST", path, null,
                Map.of("Content-Type", List.of("application/json")), body))
                .forEach(violation -> specViolations.add(path + ": " + violation)));
        Answer answer = answers.get(path).poll();
        if (answer == null) {
            http.sendResponseHeaders(500, -1);
            http.close();
            return;
        }
        http.getResponseHeaders().set("Content-Type", "text/event-stream");
        http.sendResponseHeaders(200, 0);
        try (OutputStream out = http.getResponseBody()) {
            write(out, answer.first());
            if (answer.gate() != null && !answer.gate().await(30, TimeUnit.SECONDS)) {
                return;
            }
            write(out, answer.rest());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(OutputStream out, List<String> events) throws IOException {
        for (String event : events) {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private String uri(String api, String options) {
        return "mistral:" + api + "?baseUrl=http://127.0.0.1:" + server.getAddress().getPort() + "&apiKey=" + KEY
               + "&streaming=true&" + options;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:tool?name=get_weather&description=Current weather of a city&parameter.city=string")
                        .setBody(simple("Sunny in ${body[city]}"));
            }
        };
    }

    private static String data(String json) {
        return "data: " + json + "\n\n";
    }

    private static String chatChunk(String delta, String finishReason, String usage) {
        return data("{\"id\":\"cmpl-7\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"mistral-small-2506\","
                    + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
                    + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]"
                    + (usage == null ? "" : ",\"usage\":" + usage) + "}");
    }

    private static String usage(int prompt, int completion) {
        return "{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + ",\"total_tokens\":"
               + (prompt + completion) + "}";
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private Exchange request(String uri, String prompt) {
        Exchange result = template.request(uri, e -> e.getIn().setBody(prompt));
        assertThat(result.getException()).isNull();
        return result;
    }

    @Test
    void aStreamedChatRunsTheToolCallsAssembledFromTheirPiecesThenStreamsTheAnswer() {
        // the call arrives in pieces of one index: id and name first, the arguments in two parts
        answers.get("/v1/chat/completions").add(new Answer(List.of(
                chatChunk("{\"role\":\"assistant\",\"content\":\"\"}", null, null),
                chatChunk("{\"tool_calls\":[{\"id\":\"a1B2c3D4e\",\"type\":\"function\",\"index\":0,"
                          + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\"}}]}", null, null),
                chatChunk("{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"\",\"arguments\":\"\\\"Oslo\\\"}\"}}]}",
                        "tool_calls", usage(10, 5)),
                data("[DONE]")), null, List.of()));
        answers.get("/v1/chat/completions").add(new Answer(List.of(
                chatChunk("{\"role\":\"assistant\",\"content\":\"\"}", null, null),
                chatChunk("{\"content\":\"Sunny\"}", null, null)), gate, List.of(
                chatChunk("{\"content\":\" in Oslo.\"}", "stop", usage(30, 4)),
                data("[DONE]"))));

        Exchange result = request(uri("chat", "tools=get_weather"), "Weather in Oslo?");
        TextStream stream = result.getMessage().getBody(TextStream.class);

        assertThat(stream.next()).isEqualTo("Sunny");
        assertThat(stream.result()).isNull();
        gate.countDown();
        List<String> rest = new ArrayList<>();
        stream.forEachRemaining(rest::add);

        assertThat(rest).containsExactly(" in Oslo.");
        StreamResult done = stream.result();
        assertThat(done.text()).isEqualTo("Sunny in Oslo.");
        assertThat(done.finishReason()).isEqualTo("stop");
        assertThat(done.usage().totalTokens()).isEqualTo(15 + 34);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("stream").asBoolean()).isTrue();
        assertThat(requests.get(0).path("tools").get(0).path("function").path("name").asText()).isEqualTo("get_weather");
        JsonNode messages = requests.get(1).path("messages");
        assertThat(messages).hasSize(3);
        JsonNode call = messages.get(1).path("tool_calls").get(0);
        assertThat(call.path("id").asText()).isEqualTo("a1B2c3D4e");
        assertThat(call.path("function").path("arguments").asText()).isEqualTo("{\"city\":\"Oslo\"}");
        assertThat(messages.get(2).path("content").asText()).isEqualTo("Sunny in Oslo");
        // the headers of the loop are set on the message once the stream has ended
        @SuppressWarnings("unchecked")
        List<ToolCallRecord> calls = result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class);
        assertThat(calls).extracting(ToolCallRecord::name).containsExactly("get_weather");
        assertThat(result.getMessage().getHeader(MistralConstants.CONVERSATION, List.class)).hasSize(4);
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL_TOKENS, Integer.class)).isEqualTo(49);
    }

    @Test
    void eachRoundsAssistantMessageHoldsOnlyTheTextOfThatRound() {
        answers.get("/v1/chat/completions").add(new Answer(List.of(
                chatChunk("{\"role\":\"assistant\",\"content\":\"Let me check. \"}", null, null),
                chatChunk("{\"tool_calls\":[{\"id\":\"a1B2c3D4e\",\"type\":\"function\",\"index\":0,"
                          + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\"}\"}}]}",
                        "tool_calls", usage(10, 5)),
                data("[DONE]")), null, List.of()));
        answers.get("/v1/chat/completions").add(new Answer(List.of(
                chatChunk("{\"content\":\"Sunny.\"}", "stop", usage(30, 4)), data("[DONE]")), null, List.of()));

        Exchange result = request(uri("chat", "tools=get_weather"), "Weather in Oslo?");
        String text = result.getMessage().getBody(String.class);

        assertThat(text).isEqualTo("Let me check. Sunny.");
        assertThat(requests.get(1).path("messages").get(1).path("content").asText()).isEqualTo("Let me check. ");
        List<?> conversation = result.getMessage().getHeader(MistralConstants.CONVERSATION, List.class);
        assertThat(MistralJson.mapper().valueToTree(conversation.get(3)).path("content").asText()).isEqualTo("Sunny.");
    }

    @Test
    void aToolThatFailsWithToolErrorStrategyFailFailsTheStream() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:tool?name=broken&description=Fails&parameter.x=string")
                        .throwException(new IllegalStateException("the backend is down"));
            }
        });
        answers.get("/v1/chat/completions").add(new Answer(List.of(
                chatChunk("{\"tool_calls\":[{\"id\":\"zzzzzzzz1\",\"index\":0,\"function\":{\"name\":\"broken\","
                          + "\"arguments\":\"{}\"}}]}", "tool_calls", usage(3, 2)),
                data("[DONE]")), null, List.of()));

        TextStream stream = request(uri("chat", "tools=broken&toolErrorStrategy=fail"), "Go")
                .getMessage().getBody(TextStream.class);

        assertThatThrownBy(stream::hasNext).isInstanceOf(TextStream.StreamFailedException.class)
                .hasMessageContaining("tool broken failed: the backend is down");
        assertThat(requests).hasSize(1);
    }

    private static String started() {
        return event("conversation.response.started", "{\"type\":\"conversation.response.started\","
                                                      + "\"created_at\":\"2026-12-01T10:00:00Z\",\"conversation_id\":\""
                                                      + CONVERSATION_ID + "\"}");
    }

    private static String textDelta(String text) {
        return event("message.output.delta", "{\"type\":\"message.output.delta\",\"output_index\":0,\"id\":\"msg_1\","
                                             + "\"content_index\":0,\"model\":\"mistral-medium-2508\",\"role\":\"assistant\","
                                             + "\"content\":" + MistralJson.mapper().valueToTree(text) + "}");
    }

    private static String responseDone(int prompt, int completion) {
        return event("conversation.response.done", "{\"type\":\"conversation.response.done\","
                                                   + "\"created_at\":\"2026-12-01T10:00:01Z\",\"usage\":"
                                                   + usage(prompt, completion) + "}");
    }

    @Test
    void aStreamedConversationTurnGivesTheTextDeltasAndTheConversationIdAtTheEnd() {
        answers.get("/v1/conversations").add(new Answer(List.of(started(), textDelta("Hello")), gate,
                List.of(textDelta(" there."), responseDone(8, 3))));

        Exchange result = request(uri("conversation", "model=mistral-medium-latest"), "Hi");
        TextStream stream = result.getMessage().getBody(TextStream.class);

        assertThat(stream.next()).isEqualTo("Hello");
        assertThat(stream.isEnded()).isFalse();
        gate.countDown();
        assertThat(stream.drain()).isEqualTo("Hello there.");
        assertThat(stream.result().id()).isEqualTo(CONVERSATION_ID);
        assertThat(stream.result().usage().totalTokens()).isEqualTo(11);
        assertThat(result.getMessage().getHeader(MistralConstants.CONVERSATION_ID)).isEqualTo(CONVERSATION_ID);
        assertThat(requests.get(0).path("stream").asBoolean()).isTrue();
    }

    @Test
    void aStreamedConversationAnswersFunctionCallsWithAStreamedAppendOfTheirResults() {
        answers.get("/v1/conversations").add(new Answer(List.of(started(),
                event("function.call.delta", "{\"type\":\"function.call.delta\",\"output_index\":0,\"id\":\"fc_1\","
                                             + "\"name\":\"get_weather\",\"tool_call_id\":\"Qw3Er5Ty7\","
                                             + "\"arguments\":\"{\\\"city\\\":\\\"Lyon\\\"}\"}"),
                responseDone(12, 6)), null, List.of()));
        answers.get("/v1/conversations/" + CONVERSATION_ID).add(new Answer(List.of(started(), textDelta("Sunny")), gate,
                List.of(textDelta(" in Lyon."), responseDone(20, 4))));

        Exchange result = request(uri("conversation", "model=mistral-medium-latest&tools=get_weather"), "Lyon weather?");
        TextStream stream = result.getMessage().getBody(TextStream.class);

        assertThat(stream.next()).isEqualTo("Sunny");
        gate.countDown();
        assertThat(stream.drain()).isEqualTo("Sunny in Lyon.");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("tools").get(0).path("function").path("name").asText()).isEqualTo("get_weather");
        JsonNode append = requests.get(1);
        assertThat(append.path("stream").asBoolean()).isTrue();
        assertThat(append.path("inputs").get(0).path("type").asText()).isEqualTo("function.result");
        assertThat(append.path("inputs").get(0).path("tool_call_id").asText()).isEqualTo("Qw3Er5Ty7");
        assertThat(append.path("inputs").get(0).path("result").asText()).isEqualTo("Sunny in Lyon");
        assertThat(stream.result().usage().totalTokens()).isEqualTo(18 + 24);
        assertThat(result.getMessage().getHeader(MistralConstants.CONVERSATION_ID)).isEqualTo(CONVERSATION_ID);
        @SuppressWarnings("unchecked")
        List<ToolCallRecord> calls = result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class);
        assertThat(calls).extracting(ToolCallRecord::name).containsExactly("get_weather");
    }

    @Test
    void anErrorEventFailsTheConversationStream() {
        answers.get("/v1/conversations").add(new Answer(List.of(started(), event("conversation.response.error",
                "{\"type\":\"conversation.response.error\",\"message\":\"Model overloaded\",\"code\":3000}")), null,
                List.of()));

        TextStream stream = request(uri("conversation", "model=mistral-medium-latest"), "Hi")
                .getMessage().getBody(TextStream.class);

        assertThatThrownBy(stream::hasNext).isInstanceOf(TextStream.StreamFailedException.class)
                .hasMessageContaining("Model overloaded");
    }
}
