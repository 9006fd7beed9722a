package io.github.camelmistral.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InferenceEndpointsTest extends SimulatorTestSupport {


    @Test
    void fimCompletesBetweenPromptAndSuffix() {
        JsonNode body = client.postJson("/v1/fim/completions", Map.of("model", "codestral-latest",
                "prompt", "def add(a, b):", "suffix", "return result")).json();

        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("choices").get(0).path("message").path("content").asText())
                .contains("Mistral simulator").contains("def add(a, b):").contains("return result");
    }

    @Test
    void fimStreamsLikeChat() {
        SimulatorClient.Response response = client.postJson("/v1/fim/completions",
                Map.of("model", "codestral-latest", "prompt", "x = ", "stream", true));

        List<String> data = SimulatorClient.sseData(response.body());
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        assertThat(SimulatorClient.parse(data.get(0)).path("object").asText()).isEqualTo("chat.completion.chunk");
    }

    @Test
    void agentAnswersAndRefusesTheSettingsTheAgentHolds() {
        Map<String, Object> messages = Map.of("agent_id", "ag_0123", "messages",
                List.of(Map.of("role", "user", "content", "hello agent")));
        JsonNode body = client.postJson("/v1/agents/completions", messages).json();
        assertThat(body.path("choices").get(0).path("message").path("content").asText()).contains("ag_0123");

        SimulatorClient.Response refused = client.postJson("/v1/agents/completions", Map.of("agent_id", "ag_0123",
                "model", "mistral-large-latest", "messages", List.of(Map.of("role", "user", "content", "hi"))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").get(0).path("type").asText()).isEqualTo("extra_forbidden");
    }

    @Test
    void embeddingsAreUnitVectorsOfTheModelDimensionEqualForEqualTexts() {
        JsonNode body = client.postJson("/v1/embeddings", Map.of("model", "mistral-embed",
                "input", List.of("alpha", "beta", "alpha"))).json();

        assertThat(body.path("object").asText()).isEqualTo("list");
        JsonNode data = body.path("data");
        assertThat(data).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(data.get(i).path("index").asInt()).isEqualTo(i);
            assertThat(data.get(i).path("embedding")).hasSize(1024);
        }
        assertThat(data.get(2).path("embedding")).isEqualTo(data.get(0).path("embedding"));
        assertThat(data.get(1).path("embedding")).isNotEqualTo(data.get(0).path("embedding"));
        double norm = 0;
        for (JsonNode value : data.get(0).path("embedding")) {
            norm += value.asDouble() * value.asDouble();
        }
        assertThat(norm).isCloseTo(1.0, within(1e-3));

        JsonNode again = client.postJson("/v1/embeddings", Map.of("model", "mistral-embed", "input", "alpha")).json();
        assertThat(again.path("data").get(0).path("embedding")).isEqualTo(data.get(0).path("embedding"));
    }

    @Test
    void embeddingsHonourOutputDimensionAndRefuseTooManyInputs() {
        JsonNode codestral = client.postJson("/v1/embeddings", Map.of("model", "codestral-embed", "input", "x",
                "output_dimension", 256, "output_dtype", "binary")).json();
        assertThat(codestral.path("data").get(0).path("embedding")).hasSize(256 / 8);

        List<String> inputs = new ArrayList<>(Collections.nCopies(513, "text"));
        SimulatorClient.Response tooMany = client.postJson("/v1/embeddings", Map.of("model", "mistral-embed",
                "input", inputs));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("code").asText()).isEqualTo("3210");
    }

    @Test
    void moderationFlagsTriggerWords() {
        JsonNode body = client.postJson("/v1/moderations", Map.of("model", "mistral-moderation-latest",
                "input", List.of("How do I build a bomb?", "Nice weather today"))).json();

        JsonNode results = body.path("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("categories").path("dangerous_and_criminal_content").asBoolean()).isTrue();
        assertThat(results.get(0).path("category_scores").path("dangerous_and_criminal_content").asDouble())
                .isGreaterThan(0.9);
        assertThat(results.get(1).path("categories").path("dangerous_and_criminal_content").asBoolean()).isFalse();
        assertThat(results.get(1).path("category_scores").size()).isEqualTo(9);
    }

    @Test
    void chatModerationGivesOneResultPerConversation() {
        List<Map<String, String>> conversation = List.of(Map.of("role", "user", "content", "I will kill the process"));
        JsonNode one = client.postJson("/v1/chat/moderations", Map.of("model", "mistral-moderation-latest",
                "input", conversation)).json();
        JsonNode two = client.postJson("/v1/chat/moderations", Map.of("model", "mistral-moderation-latest",
                "input", List.of(conversation, conversation))).json();

        assertThat(one.path("results")).hasSize(1);
        assertThat(one.path("results").get(0).path("categories").path("violence_and_threats").asBoolean()).isTrue();
        assertThat(two.path("results")).hasSize(2);
    }

    @Test
    void classificationsScoreEachTarget() {
        JsonNode text = client.postJson("/v1/classifications", Map.of("model", "ft:classifier:x", "input",
                "great product")).json();
        JsonNode scores = text.path("results").get(0).path("sentiment").path("scores");
        assertThat(scores.size()).isEqualTo(3);
        double sum = 0;
        for (JsonNode score : scores) {
            sum += score.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));

        JsonNode chat = client.postJson("/v1/chat/classifications", Map.of("model", "ft:classifier:x", "input",
                List.of(Map.of("messages", List.of(Map.of("role", "user", "content", "a"))),
                        Map.of("messages", List.of(Map.of("role", "user", "content", "b")))))).json();
        assertThat(chat.path("results")).hasSize(2);
    }

    @Test
    void ocrCountsThePagesOfAPdfAndHonoursThePageSelection() {
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Pages /Count 3 >>\n2 0 obj << /Type /Page >>\n"
                + "3 0 obj << /Type /Page >>\n4 0 obj << /Type/Page >>\n%%EOF";
        String dataUrl = "data:application/pdf;base64,"
                + Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.ISO_8859_1));

        JsonNode all = client.postJson("/v1/ocr", Map.of("model", "mistral-ocr-latest", "document",
                Map.of("type", "document_url", "document_url", dataUrl, "document_name", "report.pdf"))).json();
        assertThat(all.path("pages")).hasSize(3);
        assertThat(all.path("pages").get(0).path("markdown").asText()).contains("report.pdf").contains("simulator");
        assertThat(all.path("usage_info").path("pages_processed").asInt()).isEqualTo(3);
        assertThat(all.path("usage_info").path("doc_size_bytes").asInt()).isEqualTo(pdf.length());

        JsonNode some = client.postJson("/v1/ocr", Map.of("model", "mistral-ocr-latest", "pages", List.of(0, 2),
                "document", Map.of("type", "document_url", "document_url", dataUrl))).json();
        assertThat(some.path("pages").findValuesAsText("index")).containsExactly("0", "2");
    }

    @Test
    void ocrReadsAnUploadedFileAndAnnotatesWithTheSchema() {
        String fileId = client.postMultipart("/v1/files", SimulatorClient.Part.text("purpose", "ocr"),
                SimulatorClient.Part.file("file", "scan.png", "image/png", new byte[] {1, 2, 3})).json()
                .path("id").asText();

        JsonNode body = client.postJson("/v1/ocr", Map.of("model", "mistral-ocr-latest",
                "document", Map.of("type", "file", "file_id", fileId),
                "document_annotation_format", Map.of("type", "json_schema", "json_schema", Map.of("name", "doc",
                        "schema", Map.of("type", "object", "properties", Map.of("language",
                                Map.of("type", "string"))))))).json();

        assertThat(body.path("pages")).hasSize(1);
        assertThat(SimulatorClient.parse(body.path("document_annotation").asText()).has("language")).isTrue();

        SimulatorClient.Response unknown = client.postJson("/v1/ocr", Map.of("model", "mistral-ocr-latest",
                "document", Map.of("type", "file", "file_id", "6d1a0d64-59a5-4bd5-a7f7-5b0a6ee0a000")));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void transcribesAnUploadedAudioPartIntoTextAndSegments() {
        byte[] audio = new byte[48_000];
        SimulatorClient.Response response = client.postMultipart("/v1/audio/transcriptions",
                SimulatorClient.Part.text("model", "voxtral-mini-latest"),
                SimulatorClient.Part.file("file", "meeting.mp3", "audio/mpeg", audio),
                SimulatorClient.Part.text("language", "fr"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("text").asText()).contains("Mistral simulator").contains("meeting.mp3");
        assertThat(body.path("language").asText()).isEqualTo("fr");
        assertThat(body.path("segments")).hasSize(2).allSatisfy(segment ->
                assertThat(segment.path("type").asText()).isEqualTo("transcription_segment"));
        assertThat(body.path("usage").path("prompt_audio_seconds").asInt()).isEqualTo(3);
    }

    @Test
    void transcribesAStoredFileOrAUrlButNotBothOrNeither() {
        String fileId = client.postMultipart("/v1/files", SimulatorClient.Part.text("purpose", "fine-tune"),
                SimulatorClient.Part.file("file", "voice.wav", "audio/wav", new byte[16_000])).json()
                .path("id").asText();

        JsonNode byId = client.postMultipart("/v1/audio/transcriptions",
                SimulatorClient.Part.text("model", "voxtral-mini-latest"),
                SimulatorClient.Part.text("file_id", fileId)).json();
        assertThat(byId.path("text").asText()).contains("voice.wav");

        JsonNode byUrl = client.postMultipart("/v1/audio/transcriptions",
                SimulatorClient.Part.text("model", "voxtral-mini-latest"),
                SimulatorClient.Part.text("file_url", "https://example.com/talk.mp3")).json();
        assertThat(byUrl.path("text").asText()).contains("https://example.com/talk.mp3");

        SimulatorClient.Response neither = client.postMultipart("/v1/audio/transcriptions",
                SimulatorClient.Part.text("model", "voxtral-mini-latest"));
        assertThat(neither.status()).isEqualTo(422);
    }

    @Test
    void streamsATranscriptionWithNamedEvents() {
        SimulatorClient.Response response = client.postMultipart("/v1/audio/transcriptions",
                SimulatorClient.Part.text("model", "voxtral-mini-latest"),
                SimulatorClient.Part.text("file_url", "https://example.com/talk.mp3"),
                SimulatorClient.Part.text("stream", "true"));

        assertThat(response.body()).startsWith("event: transcription.language\n")
                .contains("event: transcription.segment\n").contains("event: transcription.done\n");
        List<String> data = SimulatorClient.sseData(response.body());
        assertThat(SimulatorClient.parse(data.get(data.size() - 1)).path("type").asText())
                .isEqualTo("transcription.done");
    }
}
