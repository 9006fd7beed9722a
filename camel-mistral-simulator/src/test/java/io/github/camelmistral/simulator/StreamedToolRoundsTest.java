package io.github.camelmistral.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounds of a streamed tool loop as the simulator answers them: a conversation whose streamed start ends with a
 * function call and whose streamed append of the function result streams the reply that uses it; an agent's streamed
 * completion that asks for a tool.
 */
class StreamedToolRoundsTest extends SimulatorTestSupport {

    private static final Map<String, Object> WEATHER = Map.of("type", "function", "function", Map.of(
            "name", "get_weather", "description", "The weather of a city", "parameters", Map.of("type", "object",
                    "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"))));

    private List<BodyVerbs.Event> stream(String path, Map<String, Object> request) {
        SimulatorClient.Response response = client.postJson(path, request);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");
        return BodyVerbs.events(response.body());
    }

    @Test
    void aStreamedFunctionResultAppendStreamsTheReplyThatUsesIt() {
        List<BodyVerbs.Event> first = stream("/v1/conversations", Map.of("model", "mistral-small-latest",
                "tools", List.of(WEATHER), "completion_args", Map.of("tool_choice", "any"), "inputs", "Paris?",
                "stream", true));
        assertThat(first).extracting(BodyVerbs.Event::name).containsExactly("conversation.response.started",
                "function.call.delta", "conversation.response.done");
        String conversationId = first.get(0).data().path("conversation_id").asText();
        String callId = first.get(1).data().path("tool_call_id").asText();

        List<BodyVerbs.Event> second = stream("/v1/conversations/" + conversationId, Map.of("inputs", List.of(Map.of(
                "type", "function.result", "tool_call_id", callId, "result", "Sunny, 21 degrees")), "stream", true));

        assertThat(second.get(0).name()).isEqualTo("conversation.response.started");
        assertThat(second.get(second.size() - 1).name()).isEqualTo("conversation.response.done");
        StringBuilder text = new StringBuilder();
        second.stream().filter(event -> event.name().equals("message.output.delta"))
                .forEach(event -> text.append(event.data().path("content").asText()));
        assertThat(text.toString()).contains("get_weather (" + callId + ") returned Sunny, 21 degrees");
    }

    @Test
    void anAgentsStreamedCompletionAsksForTheToolTheUserNames() {
        SimulatorClient.Response response = client.postJson("/v1/agents/completions", Map.of("agent_id", "ag_any",
                "tools", List.of(WEATHER), "messages", List.of(Map.of("role", "user", "content",
                        "Ask get_weather about Rome")), "stream", true));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> chunks = List.of(response.body().split("\n\n"));
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk).contains("\"tool_calls\"").contains("get_weather"));
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk).contains("\"finish_reason\":\"tool_calls\""));
        assertThat(chunks.get(chunks.size() - 1).strip()).isEqualTo("data: [DONE]");
    }
}
