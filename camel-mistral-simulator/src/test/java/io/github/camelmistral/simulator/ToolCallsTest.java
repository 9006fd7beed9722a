package io.github.camelmistral.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolCallsTest extends SimulatorTestSupport {

    private static final String CHAT = "/v1/chat/completions";
    private static final Map<String, Object> WEATHER = tool("get_weather", Map.of("type", "object", "properties",
            Map.of("city", Map.of("type", "string"), "unit", Map.of("type", "string", "enum", List.of("C", "F"))),
            "required", List.of("city", "unit"), "additionalProperties", false));
    private static final Map<String, Object> TIME = tool("get_time", Map.of("type", "object", "properties",
            Map.of("zone", Map.of("type", "string", "minLength", 12), "offset", Map.of("type", "integer",
                    "minimum", -12, "maximum", 14)), "required", List.of("zone")));

    private static Map<String, Object> tool(String name, Map<String, Object> parameters) {
        return Map.of("type", "function", "function", Map.of("name", name, "description", "a tool",
                "parameters", parameters));
    }

    private static Map<String, Object> user(String text) {
        return Map.of("role", "user", "content", text);
    }

    /** A chat request with both tools, the given messages and extra fields. */
    private static Map<String, Object> request(List<Map<String, Object>> messages, Object... extra) {
        Map<String, Object> request = new HashMap<>();
        request.put("model", "mistral-large-latest");
        request.put("tools", List.of(WEATHER, TIME));
        request.put("messages", messages);
        for (int i = 0; i < extra.length; i += 2) {
            request.put((String) extra[i], extra[i + 1]);
        }
        return request;
    }

    private JsonNode choice(Map<String, Object> request) {
        SimulatorClient.Response response = client.postJson(CHAT, request);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("choices").get(0);
    }

    private static List<String> calledNames(JsonNode choice) {
        return choice.path("message").path("tool_calls").findValuesAsText("name");
    }

    @Test
    void toolChoiceAnyOrRequiredCallsTheFirstToolWhenNoneIsMentioned() {
        for (String forcing : List.of("any", "required")) {
            JsonNode choice = choice(request(List.of(user("What now?")), "tool_choice", forcing));

            assertThat(choice.path("finish_reason").asText()).isEqualTo("tool_calls");
            assertThat(calledNames(choice)).containsExactly("get_weather");
            assertThat(choice.path("message").path("content").asText()).isEmpty();
        }
    }

    @Test
    void aNamedFunctionIsCalledWhateverTheUserSaid() {
        JsonNode choice = choice(request(List.of(user("Weather in Paris with get_weather?")), "tool_choice",
                Map.of("type", "function", "function", Map.of("name", "get_time"))));

        assertThat(calledNames(choice)).containsExactly("get_time");
        JsonNode arguments = SimulatorClient.parse(choice.path("message").path("tool_calls").get(0)
                .path("function").path("arguments").asText());
        assertThat(arguments.path("zone").asText()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(arguments.path("offset").asInt()).isBetween(-12, 14);
    }

    @Test
    void aNamedFunctionMissingFromTheToolsIsABadRequest() {
        SimulatorClient.Response response = client.postJson(CHAT, request(List.of(user("hi")), "tool_choice",
                Map.of("type", "function", "function", Map.of("name", "get_stock"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("get_stock");
    }

    @Test
    void autoCallsOnlyTheToolsTheUserMentions() {
        assertThat(choice(request(List.of(user("Weather in Paris?")))).path("finish_reason").asText())
                .isEqualTo("stop");
        assertThat(calledNames(choice(request(List.of(user("Please use GET_TIME for Tokyo")), "tool_choice",
                "auto")))).containsExactly("get_time");
        assertThat(choice(request(List.of(user("get_weather please")), "tool_choice", "none"))
                .path("finish_reason").asText()).isEqualTo("stop");
        // a name inside a longer word is no mention
        assertThat(choice(request(List.of(user("my_get_weather_tool is broken")))).path("finish_reason").asText())
                .isEqualTo("stop");
    }

    @Test
    void callsSeveralMentionedToolsInParallelWithDistinctIdsUnlessToldNotTo() {
        JsonNode choice = choice(request(List.of(user("Call get_weather and get_time for Paris"))));

        JsonNode calls = choice.path("message").path("tool_calls");
        assertThat(calledNames(choice)).containsExactly("get_weather", "get_time");
        assertThat(calls.findValuesAsText("id")).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-zA-Z0-9]{9}"));
        assertThat(calls.get(0).path("index").asInt()).isZero();
        assertThat(calls.get(1).path("index").asInt()).isEqualTo(1);
        assertThat(calls).allSatisfy(call -> assertThat(call.path("type").asText()).isEqualTo("function"));
        JsonNode weather = SimulatorClient.parse(calls.get(0).path("function").path("arguments").asText());
        assertThat(weather.path("unit").asText()).isEqualTo("C");

        JsonNode single = choice(request(List.of(user("Call get_weather and get_time for Paris")),
                "parallel_tool_calls", false));
        assertThat(calledNames(single)).containsExactly("get_weather");
    }

    @Test
    void answersToolResultsInTextThatCarriesTheResults() {
        JsonNode calls = choice(request(List.of(user("Call get_weather and get_time")))).path("message")
                .path("tool_calls");
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(user("Call get_weather and get_time"));
        messages.add(Map.of("role", "assistant", "content", "", "tool_calls", SimulatorClient.MAPPER.convertValue(
                calls, List.class)));
        messages.add(Map.of("role", "tool", "tool_call_id", calls.get(0).path("id").asText(), "name",
                "get_weather", "content", "18 degrees and sunny"));
        // no name: the simulator finds it from the call the id answers
        messages.add(Map.of("role", "tool", "tool_call_id", calls.get(1).path("id").asText(), "content",
                "{\"time\":\"14:05\"}"));

        JsonNode answer = choice(request(messages, "tool_choice", "any"));

        assertThat(answer.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(answer.path("message").path("tool_calls").isNull()).isTrue();
        assertThat(answer.path("message").path("content").asText())
                .contains("get_weather: 18 degrees and sunny").contains("get_time: {\"time\":\"14:05\"}");
    }

    @Test
    void agentCompletionsCallToolsByTheSameRules() {
        Map<String, Object> request = Map.of("agent_id", "ag_0123", "tools", List.of(WEATHER), "messages",
                List.of(user("get_weather for Lyon")));

        JsonNode choice = client.postJson("/v1/agents/completions", request).json().path("choices").get(0);

        assertThat(choice.path("finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(calledNames(choice)).containsExactly("get_weather");
    }

    @Test
    void aStreamCarriesEachToolCallInADeltaAndUsageOnTheLastChunk() {
        Map<String, Object> streamed = request(List.of(user("Call get_weather and get_time")), "stream", true);
        Map<String, Object> whole = request(List.of(user("Call get_weather and get_time")));

        SimulatorClient.Response response = client.postJson(CHAT, streamed);

        List<String> data = SimulatorClient.sseData(response.body());
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        List<JsonNode> chunks = data.subList(0, data.size() - 1).stream().map(SimulatorClient::parse).toList();
        assertThat(chunks.get(0).path("choices").get(0).path("delta").path("role").asText()).isEqualTo("assistant");
        List<JsonNode> callDeltas = chunks.stream().map(chunk -> chunk.path("choices").get(0).path("delta"))
                .filter(delta -> delta.has("tool_calls")).toList();
        assertThat(callDeltas).hasSize(2);
        List<JsonNode> streamedCalls = callDeltas.stream().map(delta -> delta.path("tool_calls").get(0)).toList();
        assertThat(streamedCalls).extracting(call -> call.path("index").asInt()).containsExactly(0, 1);
        JsonNode last = chunks.get(chunks.size() - 1);
        assertThat(last.path("choices").get(0).path("finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(last.path("usage").path("completion_tokens").asInt()).isPositive();
        chunks.subList(0, chunks.size() - 1).forEach(chunk -> {
            assertThat(chunk.path("choices").get(0).path("finish_reason").isNull()).isTrue();
            assertThat(chunk.has("usage")).isFalse();
        });
        JsonNode expected = choice(whole).path("message").path("tool_calls");
        assertThat(streamedCalls).containsExactly(expected.get(0), expected.get(1));
    }
}
