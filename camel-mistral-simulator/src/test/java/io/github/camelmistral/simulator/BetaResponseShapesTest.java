package io.github.camelmistral.simulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every beta answer conforms to the response schema the official spec declares for it. */
class BetaResponseShapesTest extends SimulatorTestSupport {

    private static final Map<String, Object> TOOL = Map.of("type", "function", "function", Map.of("name", "lookup",
            "parameters", Map.of("type", "object", "properties", Map.of("q", Map.of("type", "string")))));
    /** The spec's {@code ConversationEvents} mapping from event type to data schema. */
    private static final Map<String, String> EVENT_SCHEMAS = Map.of(
            "conversation.response.started", "ResponseStartedEvent",
            "message.output.delta", "MessageOutputEvent",
            "function.call.delta", "FunctionCallEvent",
            "tool.execution.started", "ToolExecutionStartedEvent",
            "tool.execution.done", "ToolExecutionDoneEvent",
            "conversation.response.done", "ResponseDoneEvent",
            "speech.audio.delta", "SpeechStreamAudioDelta",
            "speech.audio.done", "SpeechStreamDone");

    private static SpecResponses spec;

    @BeforeAll
    static void loadSpec() {
        Path path = MistralSimulator.Builder.specFromSystemProperty().orElse(null);
        assumeTrue(path != null, "needs the spec (system property " + MistralSimulator.SPEC_PROPERTY + ")");
        spec = SpecResponses.load(path);
    }

    private JsonNode conforms(SimulatorClient.Response response, String specPath, String method, String status) {
        assertThat(response.status()).as(response.body()).isEqualTo(Integer.parseInt(status));
        assertThat(spec.violations(specPath, method, status, response.json())).as(specPath + " " + response.body())
                .isEmpty();
        return response.json();
    }

    private void eventsConform(SimulatorClient.Response response) {
        List<BodyVerbs.Event> events = BodyVerbs.events(response.body());
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(spec.componentViolations(
                EVENT_SCHEMAS.get(event.name()), event.data())).as(event.name() + " " + event.data()).isEmpty());
    }

    @Test
    void theCheckRefusesWhatTheSpecDoesNot() {
        JsonNode notAnAgent = SimulatorClient.parse("{\"id\": 1, \"object\": \"agent\", \"extra\": true}");
        assertThat(spec.violations("/v1/agents", "post", "200", notAnAgent)).hasSizeGreaterThan(2);
        JsonNode badEvent = SimulatorClient.parse("{\"type\": \"conversation.response.done\"}");
        assertThat(spec.componentViolations("ResponseDoneEvent", badEvent)).isNotEmpty();
    }

    @Test
    void conversationsAndAgents() {
        JsonNode agent = conforms(client.postJson("/v1/agents", Map.of("model", "mistral-medium-latest",
                "name", "shape", "tools", List.of(TOOL))), "/v1/agents", "post", "200");
        String agentId = agent.path("id").asText();
        conforms(client.patchJson("/v1/agents/" + agentId, Map.of("description", "v1")), "/v1/agents/{agent_id}",
                "patch", "200");
        conforms(client.get("/v1/agents"), "/v1/agents", "get", "200");
        conforms(client.get("/v1/agents/pages?page_size=1"), "/v1/agents/pages", "get", "200");
        conforms(client.get("/v1/agents/" + agentId + "/versions"), "/v1/agents/{agent_id}/versions", "get", "200");
        conforms(BodyVerbs.put(client, "/v1/agents/" + agentId + "/aliases?alias=live&version=1"),
                "/v1/agents/{agent_id}/aliases", "put", "200");
        conforms(client.get("/v1/agents/" + agentId + "/aliases"), "/v1/agents/{agent_id}/aliases", "get", "200");

        JsonNode called = conforms(client.postJson("/v1/conversations", Map.of("model", "mistral-small-latest",
                "tools", List.of(TOOL), "inputs", "please lookup cats")), "/v1/conversations", "post", "200");
        String id = called.path("conversation_id").asText();
        conforms(client.postJson("/v1/conversations/" + id, Map.of("inputs", List.of(Map.of("type",
                "function.result", "tool_call_id", called.path("outputs").get(0).path("tool_call_id").asText(),
                "result", "cats are great")))), "/v1/conversations/{conversation_id}", "post", "200");
        JsonNode history = conforms(client.get("/v1/conversations/" + id + "/history"),
                "/v1/conversations/{conversation_id}/history", "get", "200");
        conforms(client.get("/v1/conversations/" + id + "/messages"),
                "/v1/conversations/{conversation_id}/messages", "get", "200");
        conforms(client.postJson("/v1/conversations/" + id + "/restart", Map.of("inputs", "again",
                "from_entry_id", history.path("entries").get(0).path("id").asText())),
                "/v1/conversations/{conversation_id}/restart", "post", "200");
        conforms(client.postJson("/v1/conversations", Map.of("agent_id", agentId, "agent_version", "live",
                "inputs", "hello")), "/v1/conversations", "post", "200");
        conforms(client.get("/v1/conversations"), "/v1/conversations", "get", "200");
        conforms(client.get("/v1/conversations/" + id), "/v1/conversations/{conversation_id}", "get", "200");

        eventsConform(client.postJson("/v1/conversations", Map.of("model", "mistral-small-latest",
                "inputs", "stream some words please", "stream", true)));
        eventsConform(client.postJson("/v1/conversations/" + id, Map.of("inputs", "lookup dogs", "stream", true)));
        Map<String, Object> webSearch = Map.of("model", "mistral-small-latest", "tools", List.of(Map.of("type",
                "web_search")), "inputs", "web search for dogs");
        conforms(client.postJson("/v1/conversations", webSearch), "/v1/conversations", "post", "200");
        Map<String, Object> streamed = new HashMap<>(webSearch);
        streamed.put("stream", true);
        eventsConform(client.postJson("/v1/conversations", streamed));
    }

    @Test
    void librariesAndDocuments() {
        JsonNode library = conforms(client.postJson("/v1/libraries", Map.of("name", "shapes")), "/v1/libraries",
                "post", "201");
        String base = "/v1/libraries/" + library.path("id").asText();
        conforms(client.get("/v1/libraries"), "/v1/libraries", "get", "200");
        conforms(BodyVerbs.putJson(client, base, Map.of("name", "renamed")), "/v1/libraries/{library_id}", "put",
                "200");
        conforms(BodyVerbs.putJson(client, base + "/share", Map.of("level", "Viewer", "share_with_type", "Workspace",
                "share_with_uuid", "0b9d7f3e-1111-4222-8333-444455556666")), "/v1/libraries/{library_id}/share",
                "put", "200");
        conforms(client.get(base + "/share"), "/v1/libraries/{library_id}/share", "get", "200");

        JsonNode document = conforms(client.postMultipart(base + "/documents", SimulatorClient.Part.file("file",
                "shape.md", "text/markdown", "# Shapes".getBytes(StandardCharsets.UTF_8))),
                "/v1/libraries/{library_id}/documents", "post", "201");
        String documentPath = base + "/documents/" + document.path("id").asText();
        String specDocument = "/v1/libraries/{library_id}/documents/{document_id}";
        conforms(client.get(documentPath + "/status"), specDocument + "/status", "get", "200");
        sim.clock().advance(Duration.ofMinutes(1));
        conforms(client.get(documentPath), specDocument, "get", "200");
        conforms(client.get(base + "/documents"), "/v1/libraries/{library_id}/documents", "get", "200");
        conforms(BodyVerbs.putJson(client, documentPath, Map.of("attributes", Map.of("kind", "notes"))),
                specDocument, "put", "200");
        conforms(client.get(documentPath + "/text_content"), specDocument + "/text_content", "get", "200");
        conforms(client.get(documentPath + "/signed-url"), specDocument + "/signed-url", "get", "200");
        conforms(client.get(documentPath + "/extracted-text-signed-url"), specDocument
                + "/extracted-text-signed-url", "get", "200");
        conforms(client.delete(base), "/v1/libraries/{library_id}", "delete", "200");
    }

    @Test
    void speechAndVoices() {
        String sample = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        JsonNode voice = conforms(client.postJson("/v1/audio/voices", Map.of("name", "shape", "sample_audio", sample,
                "tags", List.of("calm"))), "/v1/audio/voices", "post", "200");
        String path = "/v1/audio/voices/" + voice.path("id").asText();
        conforms(client.get("/v1/audio/voices"), "/v1/audio/voices", "get", "200");
        conforms(client.get(path), "/v1/audio/voices/{voice_id}", "get", "200");
        conforms(client.patchJson(path, Map.of("age", 40)), "/v1/audio/voices/{voice_id}", "patch", "200");
        conforms(client.postJson("/v1/audio/speech", Map.of("input", "shape", "voice_id", voice.path("id").asText())),
                "/v1/audio/speech", "post", "200");
        eventsConform(client.postJson("/v1/audio/speech", Map.of("input", "shape", "stream", true)));
        conforms(client.delete(path), "/v1/audio/voices/{voice_id}", "delete", "200");
    }
}
