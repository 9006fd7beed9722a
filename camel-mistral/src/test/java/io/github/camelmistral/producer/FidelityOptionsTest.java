package io.github.camelmistral.producer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.embeddings.EmbeddingResponse;
import io.github.camelmistral.api.embeddings.FloatVector;
import io.github.camelmistral.api.ocr.OcrResponse;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The request fields of the spec beyond sampling (prompt mode, predicted output, prompt cache key, metadata, embedding
 * encoding, OCR blocks and confidence scores) on the wire under their schema names, and what answers carry back.
 */
class FidelityOptionsTest extends MistralTestSupport {

    private static final String FIDELITY = "promptMode=reasoning&prediction=RAW(def add(a, b):)"
                                           + "&promptCacheKey=conv-42&metadata=team=search,run=7";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to(mistral("chat", FIDELITY));
                from("direct:plainChat").to(mistral("chat"));
                from("direct:agent").to(mistral("agent", "agentId=ag_1&" + FIDELITY));
                from("direct:fim").to(mistral("fim", "promptCacheKey=repo-7&metadata=file=add.py"));
                from("direct:embed").to(mistral("embeddings", "encodingFormat=base64&metadata=source=test"));
                from("direct:ocr").to(mistral("ocr", "includeBlocks=true&confidenceScoresGranularity=word"
                                                     + "&imageLimit=3&imageMinSize=40&tableFormat=html"));
            }
        };
    }

    @Test
    void chatSendsPromptModePredictionCacheKeyAndMetadata() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(chatCompletion("ok"))));

        template.requestBody("direct:chat", "Fix the function");

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-small-latest","messages":[{"role":"user","content":"Fix the function"}],
                 "prompt_mode":"reasoning","prediction":{"type":"content","content":"def add(a, b):"},
                 "prompt_cache_key":"conv-42","metadata":{"team":"search","run":"7"}}
                """);
    }

    @Test
    void headersOverridePredictionCacheKeyAndMetadataPerMessage() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(chatCompletion("ok"))));

        template.send("direct:chat", e -> {
            e.getIn().setBody("Hi");
            e.getIn().setHeader(MistralConstants.PREDICTION, "predicted");
            e.getIn().setHeader(MistralConstants.PROMPT_CACHE_KEY, "conv-43");
            e.getIn().setHeader(MistralConstants.METADATA, Map.of("attempt", 2));
        });

        String sent = onlyRequest().getBodyAsString();
        assertThatJson(sent).node("prediction").isEqualTo("{\"type\":\"content\",\"content\":\"predicted\"}");
        assertThatJson(sent).node("prompt_cache_key").isEqualTo("\"conv-43\"");
        // a Map header is sent as it is, numbers staying numbers
        assertThatJson(sent).node("metadata").isEqualTo("{\"attempt\":2}");
    }

    @Test
    void withoutTheOptionsNoneOfTheFieldsIsSent() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(chatCompletion("ok"))));

        template.requestBody("direct:plainChat", "Hi");

        assertThatJson(onlyRequest().getBodyAsString()).isObject()
                .doesNotContainKeys("prompt_mode", "prediction", "prompt_cache_key", "metadata");
    }

    @Test
    void cachedPromptTokensOfTheAnswerReachTheirHeader() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson("""
                {"id":"c1","object":"chat.completion","created":1,"model":"mistral-small-2506",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"ok"}}],
                 "usage":{"prompt_tokens":120,"completion_tokens":1,"total_tokens":121,
                          "prompt_tokens_details":{"cached_tokens":96}}}""")));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi again"));

        assertThat(result.getMessage().getHeader(MistralConstants.CACHED_TOKENS)).isEqualTo(96);
    }

    @Test
    void agentCompletionsCarryTheSameFields() {
        wireMock.stubFor(post(urlEqualTo("/v1/agents/completions")).willReturn(okJson(chatCompletion("ok"))));

        template.requestBody("direct:agent", "Fix the function");

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"agent_id":"ag_1","messages":[{"role":"user","content":"Fix the function"}],
                 "prompt_mode":"reasoning","prediction":{"type":"content","content":"def add(a, b):"},
                 "prompt_cache_key":"conv-42","metadata":{"team":"search","run":"7"}}
                """);
    }

    @Test
    void fimSendsCacheKeyAndMetadataOnly() {
        // FIMCompletionRequest has neither prompt_mode nor prediction
        wireMock.stubFor(post(urlEqualTo("/v1/fim/completions")).willReturn(okJson(chatCompletion("return a + b"))));

        template.requestBody("direct:fim", "def add(a, b):\n");

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"codestral-latest","prompt":"def add(a, b):\\n","prompt_cache_key":"repo-7",
                 "metadata":{"file":"add.py"}}
                """);
    }

    @Test
    void base64EmbeddingsComeBackAsNumbers() {
        wireMock.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(okJson("""
                {"id":"e1","object":"list","model":"mistral-embed","usage":{"prompt_tokens":2,"total_tokens":2},
                 "data":[{"object":"embedding","index":1,"embedding":"%s"},
                         {"object":"embedding","index":0,"embedding":"%s"}]}
                """.formatted(base64(0.25f, -1.5f, 3e-8f), base64(1f, 0f, -0.125f)))));

        Exchange result = template.request("direct:embed", e -> e.getIn().setBody(List.of("first", "second")));

        @SuppressWarnings("unchecked")
        List<List<Float>> vectors = result.getMessage().getBody(List.class);
        assertThat(vectors).containsExactly(List.of(1f, 0f, -0.125f), List.of(0.25f, -1.5f, 3e-8f));
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-embed","input":["first","second"],"encoding_format":"base64",
                 "metadata":{"source":"test"}}
                """);
        EmbeddingResponse response = result.getMessage().getHeader(MistralConstants.RESPONSE, EmbeddingResponse.class);
        assertThat(response.data().get(0).embedding().toFloatArray()).containsExactly(0.25f, -1.5f, 3e-8f);
    }

    @Test
    void vectorsAreReadOnlyListsOverPackedFloats() {
        FloatVector vector = FloatVector.of(0.5f, -2f);

        assertThat(vector).containsExactly(0.5f, -2f).isEqualTo(List.of(0.5f, -2f));
        assertThat(vector.getFloat(1)).isEqualTo(-2f);
        assertThat(catchThrowable(() -> vector.set(0, 1f))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(FloatVector.fromBase64(base64(7f))).containsExactly(7f);
        assertThat(catchThrowable(() -> FloatVector.fromBase64("AAA=")))
                .hasMessageContaining("2 bytes, not a whole number of float32s");
    }

    @Test
    void ocrSendsBlockAndConfidenceOptionsAndKeepsWhatComesBack() {
        wireMock.stubFor(post(urlEqualTo("/v1/ocr")).willReturn(okJson("""
                {"model":"mistral-ocr-2512","usage_info":{"pages_processed":1},
                 "pages":[{"index":0,"markdown":"# Invoice\\n\\n[tbl-0.html](tbl-0.html)","images":[],
                   "dimensions":{"dpi":200,"height":2200,"width":1700},
                   "tables":[{"id":"tbl-0.html","content":"<table><tr><td>42</td></tr></table>","format":"html",
                              "word_confidence_scores":[{"text":"42","confidence":0.91,"start_index":0}]}],
                   "blocks":[{"type":"title","content":"Invoice","top_left_x":10,"top_left_y":20,
                              "bottom_right_x":300,"bottom_right_y":60},
                             {"type":"table","content":"<table>...</table>","table_id":"tbl-0.html","top_left_x":10,
                              "top_left_y":80,"bottom_right_x":900,"bottom_right_y":400,"rotation":0}],
                   "confidence_scores":{"average_page_confidence_score":0.97,"minimum_page_confidence_score":0.62,
                     "word_confidence_scores":[{"text":"Invoice","confidence":0.99,"start_index":2}]}}]}
                """)));

        Exchange result = template.request("direct:ocr", e -> e.getIn().setBody("https://example.com/invoice.pdf"));

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-ocr-latest",
                 "document":{"type":"document_url","document_url":"https://example.com/invoice.pdf"},
                 "image_limit":3,"image_min_size":40,"table_format":"html","include_blocks":true,
                 "confidence_scores_granularity":"word"}
                """);
        OcrResponse ocr = result.getMessage().getHeader(MistralConstants.RESPONSE, OcrResponse.class);
        OcrResponse.Page page = ocr.pages().get(0);
        assertThat(page.blocks()).containsExactly(
                new OcrResponse.Block("title", "Invoice", 10, 20, 300, 60, null, null),
                new OcrResponse.Block("table", "<table>...</table>", 10, 80, 900, 400, "tbl-0.html", null));
        assertThat(page.confidenceScores()).isEqualTo(new OcrResponse.ConfidenceScores(0.97, 0.62,
                List.of(new OcrResponse.WordConfidence("Invoice", 0.99, 2))));
        assertThat(page.tables().get(0).wordConfidenceScores())
                .containsExactly(new OcrResponse.WordConfidence("42", 0.91, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionsFailTheRouteAtStartup(String uri, String message) {
        assertThat(startupFailureOf(uri)).hasMessageContaining(message);
        assertNoRequestSent();
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(mistral("chat", "promptMode=fast"),
                        "mistral:chat: promptMode must be reasoning (the one mode the API has), but is 'fast'"),
                Arguments.of(mistral("embeddings", "encodingFormat=hex"),
                        "mistral:embeddings: encodingFormat must be float or base64, but is 'hex'"),
                Arguments.of(mistral("embeddings", "encodingFormat=base64&outputDtype=int8"),
                        "encodingFormat=base64 goes with outputDtype=float only, but outputDtype is 'int8'"),
                Arguments.of(mistral("ocr", "confidenceScoresGranularity=line"),
                        "mistral:ocr: confidenceScoresGranularity must be word or page, but is 'line'"),
                Arguments.of(mistral("ocr", "imageLimit=-1"), "mistral:ocr: imageLimit must be 0 or more, but is -1"));
    }

    @Test
    void metadataWithoutEqualsSignIsRefused() {
        Exchange result = template.request("direct:plainChat", e -> {
            e.getIn().setBody("Hi");
            e.getIn().setHeader(MistralConstants.METADATA, "team");
        });

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mistral:chat: metadata entries are key=value, but 'team' has no '='");
        assertNoRequestSent();
    }

    private static String base64(float... values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
