package io.github.camelmistral.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ObservabilityEventsTest extends SimulatorTestSupport {

    private static final String SEARCH = "/v1/observability/chat-completion-events/search";
    private static final Map<String, Object> ALL = searchFor(null);

    private static Map<String, Object> searchFor(Object filters) {
        Map<String, Object> searchParams = new HashMap<>();
        searchParams.put("filters", filters); // required, but may be null
        return Map.of("search_params", searchParams);
    }

    private static Map<String, Object> modelIs(String model) {
        return Map.of("field", "model", "op", "eq", "value", model);
    }

    private SimulatorClient.Response chat(String model, boolean stream) {
        return client.postJson("/v1/chat/completions", Map.of("model", model, "stream", stream,
                "messages", List.of(Map.of("role", "user", "content", "Hello from " + model))));
    }

    private JsonNode feed(String query, Object body) {
        SimulatorClient.Response response = client.postJson(SEARCH + query, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("completion_events");
    }

    @Test
    void recordsOneEventPerChatCompletionOldestFirstWithItsUsage() {
        SimulatorClient.Response first = chat("mistral-small-latest", false);
        sim.clock().advance(Duration.ofMinutes(1));
        chat("mistral-large-latest", true);
        client.postJson("/v1/embeddings", Map.of("model", "mistral-embed", "input", List.of("not a chat")));

        JsonNode results = feed("", ALL).path("results");

        assertThat(results).hasSize(2);
        JsonNode event = results.get(0);
        assertThat(event.path("event_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(event.path("correlation_id").asText()).isEqualTo(first.header("mistral-correlation-id"));
        assertThat(event.path("extra_fields")).isEqualTo(SimulatorClient.parse("{\"model\":\"mistral-small-latest\"}"));
        JsonNode usage = first.json().path("usage");
        assertThat(event.path("nb_input_tokens").asInt()).isEqualTo(usage.path("prompt_tokens").asInt());
        assertThat(event.path("nb_output_tokens").asInt()).isEqualTo(usage.path("completion_tokens").asInt());
        assertThat(results.get(1).path("extra_fields").path("model").asText()).isEqualTo("mistral-large-latest");
        assertThat(results.get(1).path("nb_output_tokens").asInt()).isPositive();
        assertThat(OffsetDateTime.parse(results.get(1).path("created_at").asText()))
                .isAfter(OffsetDateTime.parse(event.path("created_at").asText()));
    }

    @Test
    void pagesWithACursorThatAlsoReadsEventsAddedLater() {
        for (int i = 0; i < 3; i++) {
            chat("mistral-small-latest", false);
        }

        JsonNode page1 = feed("?page_size=2", ALL);
        JsonNode page2 = feed("?page_size=2&cursor=" + page1.path("cursor").asText(), ALL);
        chat("mistral-small-latest", false);
        JsonNode page3 = feed("?page_size=2&cursor=" + page2.path("cursor").asText(), ALL);
        JsonNode end = feed("?page_size=2&cursor=" + page3.path("cursor").asText(), ALL);

        assertThat(page1.path("results")).hasSize(2);
        assertThat(page1.path("next").asText()).contains("cursor=" + page1.path("cursor").asText());
        assertThat(page2.path("results")).hasSize(1);
        assertThat(page2.path("next").isNull()).isTrue();
        assertThat(page3.path("results")).hasSize(1);
        List<String> ids = List.of(page1.path("results").get(0), page1.path("results").get(1),
                page2.path("results").get(0), page3.path("results").get(0)).stream()
                .map(event -> event.path("event_id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(end.path("results")).isEmpty();
        assertThat(end.path("cursor").isNull()).isTrue();
    }

    @Test
    void filtersByModelAndByGroupsOfConditions() {
        chat("mistral-small-latest", false);
        chat("mistral-large-latest", false);
        chat("mistral-small-latest", true);

        JsonNode small = feed("", searchFor(modelIs("mistral-small-latest"))).path("results");
        JsonNode smallStreamed = feed("", searchFor(Map.of("AND", List.of(modelIs("mistral-small-latest"),
                Map.of("field", "stream", "op", "eq", "value", true))))).path("results");
        JsonNode either = feed("", searchFor(Map.of("OR", List.of(modelIs("mistral-large-latest"),
                Map.of("field", "model", "op", "startswith", "value", "codestral"))))).path("results");

        assertThat(small).hasSize(2)
                .allSatisfy(e -> assertThat(e.path("extra_fields").path("model").asText()).isEqualTo("mistral-small-latest"));
        assertThat(smallStreamed).hasSize(1);
        assertThat(either).hasSize(1);
    }

    @Test
    void givesTheExtraFieldsAskedFor() {
        chat("mistral-small-latest", true);

        JsonNode event = feed("", Map.of("search_params", Map.of("filters", modelIs("mistral-small-latest")),
                "extra_fields", List.of("stream", "no_such_field"))).path("results").get(0);

        assertThat(event.path("extra_fields")).isEqualTo(
                SimulatorClient.parse("{\"stream\":true,\"no_such_field\":null}"));
    }

    @Test
    void refusesBadSearchesInTheObservabilityErrorShape() {
        assertError(client.postJson(SEARCH + "?page_size=101", ALL), 422, "VALIDATION_ERROR");
        assertError(client.postJson(SEARCH + "?cursor=not-a-cursor", ALL), 400, "SEARCH_BAD_REQUEST");
        assertError(client.postJson(SEARCH, searchFor(Map.of("field", "model", "op", "matches", "value", "x"))),
                400, "FEATURE_NOT_SUPPORTED");
        assertError(client.postJson(SEARCH, searchFor(Map.of("field", "colour", "op", "eq", "value", "x"))),
                400, "FIELDS_NOT_FOUND");
        // the shape of this 422 depends on the mode: strict mode refuses it before the route, as FastAPI does
        assertThat(client.postJson(SEARCH, Map.of("extra_fields", List.of())).status()).isEqualTo(422);
    }

    private static void assertError(SimulatorClient.Response response, int status, String errorCode) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("detail").path("error_code").asText()).isEqualTo(errorCode);
        assertThat(response.json().path("detail").path("message").asText()).isNotBlank();
    }

    @Test
    void resetForgetsTheEvents() {
        chat("mistral-small-latest", false);

        sim.simulator().reset();

        assertThat(feed("", ALL).path("results")).isEmpty();
    }

    /** The answer is checked against the spec's own response schema, which strict mode does not do for answers. */
    @Test
    void inStrictModeTheSearchAndItsAnswerConformToTheSpec() throws Exception {
        assumeTrue(sim.isStrict(), "strict mode needs the " + MistralSimulator.SPEC_PROPERTY + " spec");
        chat("mistral-small-latest", true);
        chat("mistral-large-latest", false);

        JsonNode answer = client.postJson(SEARCH + "?page_size=1", Map.of("search_params",
                Map.of("filters", Map.of("OR", List.of(modelIs("mistral-small-latest"), modelIs("mistral-large-latest")))),
                "extra_fields", List.of("model", "stream"))).json();
        SimulatorClient.Response noSearchParams = client.postJson(SEARCH, Map.of("extra_fields", List.of("model")));

        JsonSchema schema = responseSchema("ChatCompletionEvents");
        assertThat(schema.validate(answer)).isEmpty();
        assertThat(schema.validate(SimulatorClient.parse("{}"))).as("the schema is really applied").isNotEmpty();
        assertThat(answer.path("completion_events").path("results")).hasSize(1);
        assertThat(noSearchParams.status()).isEqualTo(422);
        assertThat(noSearchParams.json().path("detail").get(0).path("ctx").path("operation").asText())
                .startsWith("get_chat_completion_events");
    }

    private static JsonSchema responseSchema(String name) throws Exception {
        Path spec = sim.simulator().strictSpec().orElseThrow();
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(spec.toUri() + "#/components/schemas/" + name), config);
    }
}
