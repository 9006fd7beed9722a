package io.github.camelmistral.simulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The spec's request fields beyond sampling (prompt mode, prediction, prompt cache key, metadata, base64 embeddings,
 * OCR blocks and confidence scores), accepted in strict mode and answered in the spec's response shapes.
 */
class FidelityFieldsTest extends SimulatorTestSupport {

    private static SpecResponses spec;

    @BeforeAll
    static void loadSpec() {
        spec = SpecResponses.fromSystemProperty();
    }

    @Test
    void theSimulatorIsStrictHere() {
        assertThat(sim.simulator().isStrict()).isTrue();
    }

    @Test
    void aPromptCacheKeyReportsThePrefixSharedWithThePreviousPromptAsCachedTokens() {
        String system = "You are a careful assistant. ".repeat(20);
        Map<String, Object> first = chat("conv-1", system, "What is 2+2?");

        JsonNode cold = usageConforms(client.postJson("/v1/chat/completions", first));
        JsonNode same = usageConforms(client.postJson("/v1/chat/completions", first));
        JsonNode longer = usageConforms(client.postJson("/v1/chat/completions", chat("conv-1", system, "And 3+3?")));
        JsonNode otherKey = usageConforms(client.postJson("/v1/chat/completions", chat("conv-2", system, "And 3+3?")));
        JsonNode noKey = client.postJson("/v1/chat/completions", Map.of("model", "mistral-small-latest",
                "messages", List.of(Map.of("role", "user", "content", "hi")))).json();

        assertThat(cold.at("/usage/prompt_tokens_details/cached_tokens").asInt()).isZero();
        assertThat(same.at("/usage/prompt_tokens_details/cached_tokens").asInt())
                .isEqualTo(same.at("/usage/prompt_tokens").asInt());
        int sharedSystemPrompt = longer.at("/usage/prompt_tokens_details/cached_tokens").asInt();
        assertThat(sharedSystemPrompt).isGreaterThanOrEqualTo(system.length() / 4)
                .isLessThan(longer.at("/usage/prompt_tokens").asInt());
        assertThat(otherKey.at("/usage/prompt_tokens_details/cached_tokens").asInt()).isZero();
        assertThat(noKey.path("usage").has("prompt_tokens_details")).isFalse();
    }

    @Test
    void promptModePredictionAndMetadataAreAcceptedOnChatAndAgentsAndOnlyTheSpecsValues() {
        Map<String, Object> fields = Map.of("prompt_mode", "reasoning",
                "prediction", Map.of("type", "content", "content", "def add(a, b):"),
                "metadata", Map.of("team", "search", "attempt", 2));
        Map<String, Object> chat = new HashMap<>(chat("k", "Be brief", "hi"));
        chat.putAll(fields);
        Map<String, Object> agent = new HashMap<>(fields);
        agent.put("agent_id", "ag_123");
        agent.put("prompt_cache_key", "k");
        agent.put("messages", List.of(Map.of("role", "user", "content", "hi")));

        usageConforms(client.postJson("/v1/chat/completions", chat));
        usageConforms(client.postJson("/v1/agents/completions", agent));

        chat.put("prompt_mode", "fast");
        SimulatorClient.Response badMode = client.postJson("/v1/chat/completions", chat);
        assertThat(badMode.status()).isEqualTo(422);
        assertThat(badMode.body()).contains("prompt_mode");
    }

    @Test
    void fimTakesACacheKeyAndMetadata() {
        Map<String, Object> fim = Map.of("model", "codestral-latest", "prompt", "def add(a, b):\n",
                "prompt_cache_key", "repo-7", "metadata", Map.of("file", "add.py"));

        usageConforms(client.postJson("/v1/fim/completions", fim));
        JsonNode again = usageConforms(client.postJson("/v1/fim/completions", fim));

        assertThat(again.at("/usage/prompt_tokens_details/cached_tokens").asInt())
                .isEqualTo(again.at("/usage/prompt_tokens").asInt()).isPositive();
    }

    @Test
    void base64EmbeddingsAreTheFloatVectorsAsLittleEndianFloat32s() {
        JsonNode numbers = client.postJson("/v1/embeddings", Map.of("model", "mistral-embed", "input", "alpha",
                "metadata", Map.of("source", "test"))).json();
        JsonNode encoded = client.postJson("/v1/embeddings", Map.of("model", "mistral-embed", "input", "alpha",
                "encoding_format", "base64")).json();

        JsonNode vector = numbers.at("/data/0/embedding");
        FloatBuffer decoded = ByteBuffer.wrap(Base64.getDecoder().decode(encoded.at("/data/0/embedding").asText()))
                .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        assertThat(decoded.remaining()).isEqualTo(vector.size()).isEqualTo(1024);
        for (int i = 0; i < vector.size(); i++) {
            assertThat(decoded.get(i)).isCloseTo((float) vector.get(i).asDouble(), within(1e-6f));
        }
    }

    @Test
    void ocrReturnsBlocksAndWordConfidenceScoresWhenAsked() {
        JsonNode body = conforms(client.postJson("/v1/ocr", ocr(Map.of("include_blocks", true,
                "confidence_scores_granularity", "word"))), "/v1/ocr");

        JsonNode page = body.path("pages").get(0);
        String markdown = page.path("markdown").asText();
        assertThat(page.path("blocks")).hasSize(markdown.split("\n\n").length);
        assertThat(page.at("/blocks/0/type").asText()).isEqualTo("title");
        assertThat(page.at("/blocks/1/type").asText()).isEqualTo("text");
        assertThat(page.at("/blocks/1/top_left_y").asInt()).isGreaterThan(page.at("/blocks/0/bottom_right_y").asInt());
        JsonNode scores = page.path("confidence_scores");
        JsonNode words = scores.path("word_confidence_scores");
        assertThat(words).isNotEmpty().allSatisfy(word -> {
            assertThat(markdown.startsWith(word.path("text").asText(), word.path("start_index").asInt())).isTrue();
            assertThat(word.path("confidence").asDouble()).isBetween(0.8, 1.0);
        });
        double minimum = 1;
        for (JsonNode word : words) {
            minimum = Math.min(minimum, word.path("confidence").asDouble());
        }
        assertThat(scores.path("minimum_page_confidence_score").asDouble()).isEqualTo(minimum);
        assertThat(scores.path("average_page_confidence_score").asDouble()).isBetween(minimum, 1.0);
    }

    @Test
    void ocrPageGranularityGivesThePageScoresOnlyAndNothingWhenNotAsked() {
        JsonNode pageLevel = conforms(client.postJson("/v1/ocr", ocr(Map.of("confidence_scores_granularity", "page",
                "image_limit", 2, "image_min_size", 50))), "/v1/ocr").path("pages").get(0);
        JsonNode plain = conforms(client.postJson("/v1/ocr", ocr(Map.of())), "/v1/ocr").path("pages").get(0);

        assertThat(pageLevel.path("confidence_scores").has("average_page_confidence_score")).isTrue();
        assertThat(pageLevel.path("confidence_scores").has("word_confidence_scores")).isFalse();
        assertThat(pageLevel.has("blocks")).isFalse();
        assertThat(plain.has("confidence_scores")).isFalse();
        assertThat(plain.has("blocks")).isFalse();
    }

    private static Map<String, Object> chat(String cacheKey, String system, String question) {
        return Map.of("model", "mistral-small-latest", "prompt_cache_key", cacheKey,
                "messages", List.of(Map.of("role", "system", "content", system),
                        Map.of("role", "user", "content", question)));
    }

    private static Map<String, Object> ocr(Map<String, Object> options) {
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Page >>\n%%EOF";
        Map<String, Object> request = new HashMap<>(options);
        request.put("model", "mistral-ocr-latest");
        request.put("document", Map.of("type", "document_url", "document_url", "data:application/pdf;base64,"
                + Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.ISO_8859_1))));
        return request;
    }

    private static JsonNode conforms(SimulatorClient.Response response, String specPath) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(spec.violations(specPath, "post", "200", response.json())).as(specPath + " " + response.body())
                .isEmpty();
        return response.json();
    }

    /**
     * A completion answered 200 whose usage fits the spec's UsageInfo. The whole answer is not checked: the spec's
     * ChatCompletionResponse requires a {@code data} field that no chat completion has.
     */
    private static JsonNode usageConforms(SimulatorClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(spec.componentViolations("UsageInfo", response.json().path("usage"))).as(response.body()).isEmpty();
        return response.json();
    }
}
