package io.github.camelmistral.simulator;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatCompletionsTest extends SimulatorTestSupport {


    private static Map<String, Object> userSays(String text) {
        return Map.of("model", "mistral-small-latest", "messages", List.of(Map.of("role", "user", "content", text)));
    }

    @Test
    void answersInTheCompletionShapeAndSaysItIsTheSimulator() {
        SimulatorClient.Response response = client.postJson("/v1/chat/completions", userSays("Who painted Guernica?"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("id").asText()).matches("[0-9a-f]{32}");
        assertThat(body.path("model").asText()).isEqualTo("mistral-small-latest");
        assertThat(body.path("created").asLong()).isPositive();
        JsonNode choice = body.path("choices").get(0);
        assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(choice.path("message").path("role").asText()).isEqualTo("assistant");
        assertThat(choice.path("message").path("content").asText())
                .contains("Mistral simulator").contains("Who painted Guernica?");
        JsonNode usage = body.path("usage");
        assertThat(usage.path("prompt_tokens").asInt()).isPositive();
        assertThat(usage.path("total_tokens").asInt())
                .isEqualTo(usage.path("prompt_tokens").asInt() + usage.path("completion_tokens").asInt());
    }

    @Test
    void isDeterministic() {
        JsonNode first = client.postJson("/v1/chat/completions", userSays("same prompt")).json();
        JsonNode second = client.postJson("/v1/chat/completions", userSays("same prompt")).json();

        assertThat(second.path("choices")).isEqualTo(first.path("choices"));
        assertThat(second.path("usage")).isEqualTo(first.path("usage"));
    }

    @Test
    void describesTheImagesOfAVisionRequest() {
        Map<String, Object> request = Map.of("model", "pixtral-12b-latest", "messages", List.of(Map.of("role", "user",
                "content", List.of(Map.of("type", "text", "text", "Describe this image"),
                        Map.of("type", "image_url", "image_url", "data:image/png;base64,iVBORw0KGgo="),
                        Map.of("type", "image_url", "image_url", Map.of("url", "https://example.com/a.jpg",
                                "detail", "low"))))));

        JsonNode body = client.postJson("/v1/chat/completions", request).json();

        assertThat(body.path("choices").get(0).path("message").path("content").asText())
                .contains("2 images (image/png, url)").contains("Describe this image");
        assertThat(body.path("usage").path("prompt_tokens").asInt()).isGreaterThan(2 * 256);
    }

    @Test
    void streamsRoleChunkContentChunksFinalChunkWithUsageThenDone() {
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "stream", true,
                "messages", List.of(Map.of("role", "user", "content", "Tell me a story")));

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");
        assertThat(response.body()).doesNotContain("event:").endsWith("data: [DONE]\n\n");
        List<String> data = SimulatorClient.sseData(response.body());
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        List<JsonNode> chunks = data.subList(0, data.size() - 1).stream().map(SimulatorClient::parse).toList();
        assertThat(chunks).hasSizeGreaterThan(2).allSatisfy(chunk -> {
            assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("id").asText()).isEqualTo(chunks.get(0).path("id").asText());
        });
        JsonNode first = chunks.get(0).path("choices").get(0);
        assertThat(first.path("delta").path("role").asText()).isEqualTo("assistant");
        assertThat(first.path("delta").path("content").asText()).isEmpty();
        assertThat(first.path("finish_reason").isNull()).isTrue();
        for (JsonNode middle : chunks.subList(1, chunks.size() - 1)) {
            assertThat(middle.path("choices").get(0).path("finish_reason").isNull()).isTrue();
            assertThat(middle.has("usage")).isFalse();
        }
        JsonNode last = chunks.get(chunks.size() - 1);
        assertThat(last.path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
        assertThat(last.path("usage").path("total_tokens").asInt()).isPositive();
        StringBuilder streamed = new StringBuilder();
        chunks.forEach(chunk -> streamed.append(chunk.path("choices").get(0).path("delta").path("content").asText()));
        JsonNode whole = client.postJson("/v1/chat/completions", userSays("Tell me a story")).json();
        assertThat(streamed.toString())
                .isEqualTo(whole.path("choices").get(0).path("message").path("content").asText());
    }

    @Test
    void callsTheOfferedToolWithANineCharacterIdThenAnswersTheToolResult() {
        Map<String, Object> weather = Map.of("type", "function", "function", Map.of("name", "get_weather",
                "parameters", Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")),
                        "required", List.of("city"))));
        Map<String, Object> request = Map.of("model", "mistral-large-latest", "tools", List.of(weather),
                "messages", List.of(Map.of("role", "user", "content", "Ask get_weather about Paris")));

        JsonNode choice = client.postJson("/v1/chat/completions", request).json().path("choices").get(0);

        assertThat(choice.path("finish_reason").asText()).isEqualTo("tool_calls");
        JsonNode call = choice.path("message").path("tool_calls").get(0);
        assertThat(call.path("id").asText()).matches("[a-zA-Z0-9]{9}");
        assertThat(call.path("function").path("name").asText()).isEqualTo("get_weather");
        assertThat(SimulatorClient.parse(call.path("function").path("arguments").asText()).has("city")).isTrue();

        Map<String, Object> followUp = Map.of("model", "mistral-large-latest", "tools", List.of(weather),
                "messages", List.of(Map.of("role", "user", "content", "Ask get_weather about Paris"),
                        Map.of("role", "assistant", "content", "", "tool_calls", List.of(Map.of("id",
                                call.path("id").asText(), "type", "function", "function", Map.of("name",
                                        "get_weather", "arguments", "{\"city\":\"Paris\"}")))),
                        Map.of("role", "tool", "tool_call_id", call.path("id").asText(), "name", "get_weather",
                                "content", "sunny")));
        JsonNode answer = client.postJson("/v1/chat/completions", followUp).json().path("choices").get(0);
        assertThat(answer.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(answer.path("message").path("content").asText()).contains("get_weather: sunny");
    }

    @Test
    void answersStructuredOutputWithAnInstanceOfTheSchema() {
        Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("title", Map.of("type", "string"),
                "year", Map.of("type", "integer")), "required", List.of("title", "year"));
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "messages",
                List.of(Map.of("role", "user", "content", "A book as JSON")), "response_format",
                Map.of("type", "json_schema", "json_schema", Map.of("name", "book", "schema", schema)));

        String content = client.postJson("/v1/chat/completions", request).json().path("choices").get(0)
                .path("message").path("content").asText();

        JsonNode book = SimulatorClient.parse(content);
        assertThat(book.path("title").isTextual()).isTrue();
        assertThat(book.path("year").isInt()).isTrue();
    }

    @Test
    void appliesMaxTokensAndStop() {
        Map<String, Object> limited = Map.of("model", "mistral-small-latest", "max_tokens", 2,
                "messages", List.of(Map.of("role", "user", "content", "Say a lot")));
        JsonNode cut = client.postJson("/v1/chat/completions", limited).json().path("choices").get(0);
        assertThat(cut.path("finish_reason").asText()).isEqualTo("length");
        assertThat(cut.path("message").path("content").asText()).hasSizeLessThanOrEqualTo(8);

        Map<String, Object> stopped = Map.of("model", "mistral-small-latest", "stop", List.of("simulator"), "n", 2,
                "messages", List.of(Map.of("role", "user", "content", "Hello")));
        JsonNode body = client.postJson("/v1/chat/completions", stopped).json();
        assertThat(body.path("choices")).hasSize(2);
        assertThat(body.path("choices").get(1).path("message").path("content").asText())
                .isEqualTo("Simulated reply from the Mistral ");
    }

    @Test
    void refusesAnUnknownTopLevelFieldWithExtraForbidden() {
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "stream_options",
                Map.of("include_usage", true), "messages", List.of(Map.of("role", "user", "content", "hi")));

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(422);
        JsonNode detail = response.json().path("detail").get(0);
        assertThat(detail.path("type").asText()).isEqualTo("extra_forbidden");
        assertThat(detail.path("msg").asText()).isEqualTo("Extra inputs are not permitted");
        assertThat(SimulatorClient.text(detail.path("loc"))).isEqualTo("[\"body\",\"stream_options\"]");
        assertThat(detail.path("input").path("include_usage").asBoolean()).isTrue();
    }

    @Test
    void refusesANullValuedFieldTheRoleDoesNotHave() {
        String request = "{\"model\":\"mistral-small-latest\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\","
                + "\"name\":null,\"tool_calls\":null}]}";

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail")).hasSize(2).allSatisfy(detail -> {
            assertThat(detail.path("type").asText()).isEqualTo("extra_forbidden");
            assertThat(detail.path("input").isNull()).isTrue();
        });
        assertThat(SimulatorClient.text(response.json().path("detail").get(0).path("loc")))
                .isEqualTo("[\"body\",\"messages\",0,\"user\",\"name\"]");
    }

    @Test
    void refusesAnUnknownFieldInsideAContentChunk() {
        String request = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"https://example.com/a.png\",\"size\":1}}]}]}";

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(422);
        assertThat(SimulatorClient.text(response.json().path("detail").get(0).path("loc"))).isEqualTo(
                "[\"body\",\"messages\",0,\"user\",\"content\",0,\"image_url\",\"image_url\",\"size\"]");
    }

    @Test
    void refusesAMissingFieldAndInvalidJson() {
        SimulatorClient.Response missing = client.postJson("/v1/chat/completions", Map.of("model", "m"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("detail").get(0).path("type").asText()).isEqualTo("missing");

        SimulatorClient.Response broken = client.postJson("/v1/chat/completions", "{\"model\": ");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().path("detail").get(0).path("type").asText()).isEqualTo("json_invalid");
    }
}
