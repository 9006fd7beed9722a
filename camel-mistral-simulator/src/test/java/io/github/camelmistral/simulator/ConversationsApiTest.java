package io.github.camelmistral.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConversationsApiTest extends SimulatorTestSupport {

    private static final Map<String, Object> WEATHER = Map.of("type", "function", "function", Map.of(
            "name", "get_weather", "description", "The weather of a city", "parameters", Map.of("type", "object",
                    "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"))));

    private JsonNode start(Map<String, Object> request) {
        SimulatorClient.Response response = client.postJson("/v1/conversations", request);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode history(String conversationId) {
        return client.get("/v1/conversations/" + conversationId + "/history").json();
    }

    private static List<String> types(JsonNode entries) {
        return entries.findValuesAsText("type");
    }

    @Test
    void aModelConversationAnswersAndKeepsItsEntries() {
        JsonNode response = start(Map.of("model", "mistral-small-latest", "instructions", "Be brief",
                "inputs", "Hello simulator", "name", "greeting"));

        assertThat(response.path("object").asText()).isEqualTo("conversation.response");
        String id = response.path("conversation_id").asText();
        assertThat(id).startsWith("conv_");
        JsonNode output = response.path("outputs").get(0);
        assertThat(output.path("type").asText()).isEqualTo("message.output");
        assertThat(output.path("role").asText()).isEqualTo("assistant");
        assertThat(output.path("model").asText()).isEqualTo("mistral-small-latest");
        assertThat(output.path("content").asText()).contains("Hello simulator");
        JsonNode usage = response.path("usage");
        assertThat(usage.path("total_tokens").asInt())
                .isEqualTo(usage.path("prompt_tokens").asInt() + usage.path("completion_tokens").asInt())
                .isPositive();

        JsonNode conversation = client.get("/v1/conversations/" + id).json();
        assertThat(conversation.path("object").asText()).isEqualTo("conversation");
        assertThat(conversation.path("model").asText()).isEqualTo("mistral-small-latest");
        assertThat(conversation.path("instructions").asText()).isEqualTo("Be brief");
        assertThat(conversation.path("name").asText()).isEqualTo("greeting");
        assertThat(Instant.parse(conversation.path("created_at").asText())).isNotNull();

        JsonNode history = history(id);
        assertThat(history.path("object").asText()).isEqualTo("conversation.history");
        assertThat(types(history.path("entries"))).containsExactly("message.input", "message.output");
        assertThat(history.path("entries").get(0).path("content").asText()).isEqualTo("Hello simulator");
        assertThat(history.path("entries").get(1).path("id").asText()).isEqualTo(output.path("id").asText());
        assertThat(sim.simulator().beta().conversationEntries(id)).hasSize(2);
    }

    @Test
    void callsTheFunctionTheUserNamesThenReportsItsResult() {
        JsonNode response = start(Map.of("model", "mistral-small-latest", "tools", List.of(WEATHER),
                "inputs", "What does get_weather say about Paris?"));
        String id = response.path("conversation_id").asText();
        JsonNode call = response.path("outputs").get(0);
        assertThat(call.path("type").asText()).isEqualTo("function.call");
        assertThat(call.path("name").asText()).isEqualTo("get_weather");
        assertThat(call.path("tool_call_id").asText()).matches("[A-Za-z0-9]{9}");
        assertThat(SimulatorClient.parse(call.path("arguments").asText()).has("city")).isTrue();

        JsonNode answer = client.postJson("/v1/conversations/" + id, Map.of("inputs", List.of(Map.of(
                "type", "function.result", "tool_call_id", call.path("tool_call_id").asText(),
                "result", "{\"temperature\": 21}")))).json();

        JsonNode output = answer.path("outputs").get(0);
        assertThat(output.path("type").asText()).isEqualTo("message.output");
        assertThat(output.path("content").asText()).contains("get_weather").contains("\"temperature\": 21");
        assertThat(types(history(id).path("entries")))
                .containsExactly("message.input", "function.call", "function.result", "message.output");
        assertThat(client.get("/v1/conversations/" + id + "/messages").json().path("messages")).hasSize(2);
    }

    @Test
    void toolChoiceForcesOrForbidsTheCall() {
        JsonNode forced = start(Map.of("model", "mistral-small-latest", "tools", List.of(WEATHER),
                "completion_args", Map.of("tool_choice", "any"), "inputs", "Anything at all"));
        assertThat(forced.path("outputs").get(0).path("type").asText()).isEqualTo("function.call");

        JsonNode forbidden = start(Map.of("model", "mistral-small-latest", "tools", List.of(WEATHER),
                "completion_args", Map.of("tool_choice", "none"), "inputs", "Call get_weather"));
        assertThat(forbidden.path("outputs").get(0).path("type").asText()).isEqualTo("message.output");

        JsonNode unnamed = start(Map.of("model", "mistral-small-latest", "tools", List.of(WEATHER),
                "inputs", "Just chatting"));
        assertThat(unnamed.path("outputs").get(0).path("type").asText()).isEqualTo("message.output");
    }

    @Test
    void runsABuiltInToolTheUserNames() {
        JsonNode response = start(Map.of("model", "mistral-small-latest", "tools", List.of(Map.of("type",
                "web_search")), "inputs", "Use web search to find the news"));

        JsonNode outputs = response.path("outputs");
        assertThat(types(outputs)).containsExactly("tool.execution", "message.output");
        assertThat(outputs.get(0).path("name").asText()).isEqualTo("web_search");
        assertThat(SimulatorClient.parse(outputs.get(0).path("arguments").asText()).path("query").asText())
                .contains("find the news");
        assertThat(outputs.get(1).path("content").asText()).contains("web_search");

        SimulatorClient.Response streamed = client.postJson("/v1/conversations/" + response.path("conversation_id")
                .asText(), Map.of("inputs", "web_search again", "stream", true));
        assertThat(BodyVerbs.events(streamed.body())).extracting(BodyVerbs.Event::name).startsWith(
                "conversation.response.started", "tool.execution.started", "tool.execution.done",
                "message.output.delta").endsWith("conversation.response.done");
    }

    @Test
    void theDocumentLibraryToolFindsTheProcessedDocumentsOfItsLibraries() {
        String libraryId = client.postJson("/v1/libraries", Map.of("name", "kb")).json().path("id").asText();
        client.postMultipart("/v1/libraries/" + libraryId + "/documents", SimulatorClient.Part.file("file",
                "faq.md", "text/markdown", "# FAQ".getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "tools", List.of(Map.of(
                "type", "document_library", "library_ids", List.of(libraryId))),
                "inputs", "Search the document library for the FAQ");

        JsonNode before = start(request).path("outputs");
        assertThat(before.get(0).path("info").path("documents")).isEmpty();
        assertThat(before.get(1).path("content").asText()).contains("no processed document");

        sim.clock().advance(Duration.ofMinutes(1));
        JsonNode after = start(request).path("outputs");
        assertThat(after.get(0).path("name").asText()).isEqualTo("document_library");
        assertThat(after.get(0).path("info").path("documents")).extracting(JsonNode::asText).containsExactly("faq.md");
        assertThat(after.get(1).path("content").asText()).contains("faq.md");
    }

    @Test
    void anAgentConversationAnswersAsTheAgentAtTheAliasedVersion() {
        String agentId = client.postJson("/v1/agents", Map.of("model", "mistral-large-latest", "name", "weather",
                "tools", List.of(WEATHER))).json().path("id").asText();
        client.patchJson("/v1/agents/" + agentId, Map.of("tools", List.of()));
        BodyVerbs.put(client, "/v1/agents/" + agentId + "/aliases?alias=with-tools&version=0");

        JsonNode current = start(Map.of("agent_id", agentId, "inputs", "Use get_weather"));
        assertThat(current.path("outputs").get(0).path("type").asText()).isEqualTo("message.output");
        assertThat(current.path("outputs").get(0).path("agent_id").asText()).isEqualTo(agentId);
        assertThat(current.path("outputs").get(0).path("model").asText()).isEqualTo("mistral-large-latest");

        JsonNode aliased = start(Map.of("agent_id", agentId, "agent_version", "with-tools",
                "inputs", "Use get_weather"));
        assertThat(aliased.path("outputs").get(0).path("type").asText()).isEqualTo("function.call");

        JsonNode conversation = client.get("/v1/conversations/" + aliased.path("conversation_id").asText()).json();
        assertThat(conversation.path("agent_id").asText()).isEqualTo(agentId);
        assertThat(conversation.path("agent_version").asText()).isEqualTo("with-tools");
        assertThat(conversation.has("model")).isFalse();
    }

    @Test
    void streamsTheSpecEventsAndStoresTheTurn() {
        String text = "Please stream these words back to me";
        SimulatorClient.Response response = client.postJson("/v1/conversations", Map.of(
                "model", "mistral-small-latest", "inputs", text, "stream", true));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");

        List<BodyVerbs.Event> events = BodyVerbs.events(response.body());
        assertThat(events).allSatisfy(event -> assertThat(event.data().path("type").asText())
                .isEqualTo(event.name()));
        assertThat(events.get(0).name()).isEqualTo("conversation.response.started");
        assertThat(events.get(events.size() - 1).name()).isEqualTo("conversation.response.done");
        assertThat(events.get(events.size() - 1).data().path("usage").path("total_tokens").asInt()).isPositive();
        List<BodyVerbs.Event> deltas = events.subList(1, events.size() - 1);
        assertThat(deltas).hasSizeGreaterThan(2).allSatisfy(event -> assertThat(event.name())
                .isEqualTo("message.output.delta"));
        StringBuilder streamed = new StringBuilder();
        deltas.forEach(event -> streamed.append(event.data().path("content").asText()));

        String id = events.get(0).data().path("conversation_id").asText();
        JsonNode stored = history(id).path("entries").get(1);
        assertThat(stored.path("content").asText()).isEqualTo(streamed.toString()).contains(text);
        assertThat(deltas.get(0).data().path("id").asText()).isEqualTo(stored.path("id").asText());
    }

    @Test
    void streamsAFunctionCallAsOneDelta() {
        String id = start(Map.of("model", "mistral-small-latest", "tools", List.of(WEATHER), "inputs", "hello"))
                .path("conversation_id").asText();
        SimulatorClient.Response response = client.postJson("/v1/conversations/" + id, Map.of(
                "inputs", "now call get_weather", "stream", true));

        List<BodyVerbs.Event> events = BodyVerbs.events(response.body());
        assertThat(events).extracting(BodyVerbs.Event::name).containsExactly("conversation.response.started",
                "function.call.delta", "conversation.response.done");
        assertThat(events.get(1).data().path("name").asText()).isEqualTo("get_weather");
    }

    @Test
    void restartsFromAnEntryIntoANewConversation() {
        JsonNode first = start(Map.of("model", "mistral-small-latest", "inputs", "first question"));
        String id = first.path("conversation_id").asText();
        client.postJson("/v1/conversations/" + id, Map.of("inputs", "second question"));
        String firstAnswer = first.path("outputs").get(0).path("id").asText();

        JsonNode restarted = client.postJson("/v1/conversations/" + id + "/restart", Map.of(
                "from_entry_id", firstAnswer, "inputs", "another second question")).json();

        String newId = restarted.path("conversation_id").asText();
        assertThat(newId).isNotEqualTo(id);
        JsonNode entries = history(newId).path("entries");
        assertThat(types(entries)).containsExactly("message.input", "message.output", "message.input",
                "message.output");
        assertThat(entries.get(1).path("id").asText()).isEqualTo(firstAnswer);
        assertThat(entries.get(2).path("content").asText()).isEqualTo("another second question");
        assertThat(history(id).path("entries")).hasSize(4);

        assertThat(client.postJson("/v1/conversations/" + id + "/restart", Map.of("from_entry_id", "msg_unknown",
                "inputs", "x")).status()).isEqualTo(404);
    }

    @Test
    void listsNewestFirstInPagesAndFiltersByMetadata() {
        for (int i = 0; i < 3; i++) {
            start(Map.of("model", "mistral-small-latest", "inputs", "conversation " + i,
                    "metadata", Map.of("batch", i % 2 == 0 ? "even" : "odd")));
        }
        JsonNode all = client.get("/v1/conversations").json();
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(3);
        assertThat(client.get("/v1/conversations?page=1&page_size=2").json()).hasSize(1);
        assertThat(client.get("/v1/conversations?page=0&page_size=2").json().get(0).path("id").asText())
                .isEqualTo(all.get(0).path("id").asText());
        assertThat(client.get("/v1/conversations?metadata=%7B%22batch%22%3A%22even%22%7D").json()).hasSize(2);
    }

    @Test
    void deletesAndForgets() {
        String id = start(Map.of("model", "mistral-small-latest", "inputs", "bye")).path("conversation_id").asText();

        SimulatorClient.Response deleted = client.delete("/v1/conversations/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(client.get("/v1/conversations/" + id).status()).isEqualTo(404);
        assertThat(client.postJson("/v1/conversations/" + id, Map.of("inputs", "hi")).status()).isEqualTo(404);
    }

    @Test
    void keepsNothingWhenStoreIsFalse() {
        JsonNode response = start(Map.of("model", "mistral-small-latest", "inputs", "ephemeral", "store", false));

        assertThat(response.path("outputs")).hasSize(1);
        assertThat(client.get("/v1/conversations/" + response.path("conversation_id").asText()).status())
                .isEqualTo(404);
    }

    @Test
    void refusesAnUnknownAgentAndAmbiguousStarts() {
        assertThat(client.postJson("/v1/conversations", Map.of("agent_id", "ag_missing", "inputs", "hi")).status())
                .isEqualTo(404);
        assertThat(client.postJson("/v1/conversations", Map.of("inputs", "hi")).status()).isEqualTo(400);
        SimulatorClient.Response both = client.postJson("/v1/conversations", Map.of("agent_id", "ag_x",
                "model", "mistral-small-latest", "inputs", "hi"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().path("message").asText()).contains("model").contains("agent_id");
    }

    @Test
    void refusesInputsThatAreNeitherTextNorEntries() {
        SimulatorClient.Response number = client.postJson("/v1/conversations", Map.of("model", "mistral-small-latest",
                "inputs", 42));
        assertThat(number.status()).isEqualTo(422);
        assertThat(number.json().path("detail").get(0).path("loc").toString()).contains("inputs");
    }

    @Test
    void timestampsAreIsoInstantsToTheMicrosecond() {
        JsonNode response = start(Map.of("model", "mistral-small-latest", "inputs", "when?"));
        JsonNode conversation = client.get("/v1/conversations/" + response.path("conversation_id").asText()).json();

        assertThat(conversation.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:]{8}(\\.\\d{1,6})?Z");
        assertThat(response.path("outputs").get(0).path("created_at").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT[0-9:]{8}(\\.\\d{1,6})?Z");
    }

    @Test
    void strictModeRefusesFieldsTheSpecDoesNotHave() {
        assumeTrue(sim.isStrict(), "strict mode needs the spec (system property " + MistralSimulator.SPEC_PROPERTY
                + ")");
        String id = start(Map.of("model", "mistral-small-latest", "inputs", "hi")).path("conversation_id").asText();

        SimulatorClient.Response response = client.postJson("/v1/conversations/" + id, Map.of("inputs", "hi",
                "model", "mistral-large-latest"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("type").asText()).isEqualTo("extra_forbidden");
    }

    @Test
    void resetForgetsEveryConversation() {
        start(Map.of("model", "mistral-small-latest", "inputs", "hi"));

        sim.simulator().reset();

        assertThat(client.get("/v1/conversations").json()).isEmpty();
        assertThat(sim.simulator().beta().conversationIds()).isEmpty();
    }
}
