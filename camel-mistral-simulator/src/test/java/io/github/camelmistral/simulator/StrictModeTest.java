package io.github.camelmistral.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Strict contract mode against the official spec; skipped where the spec file is not at hand. */
class StrictModeTest {

    private static MistralSimulator simulator;
    private static SimulatorClient client;

    @BeforeAll
    static void start() {
        String property = System.getProperty(MistralSimulator.SPEC_PROPERTY, "../../shared/mistral-api/openapi.yaml");
        Path spec = Path.of(property);
        assumeTrue(Files.isRegularFile(spec), "the official OpenAPI spec is not at " + spec.toAbsolutePath());
        simulator = MistralSimulator.builder().strictSpec(spec).start();
        client = new SimulatorClient(simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Test
    void isStrict() {
        assertThat(simulator.isStrict()).isTrue();
        assertThat(simulator.strictSpec()).isPresent();
    }

    @Test
    void acceptsAConformingRequest() {
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "temperature", 0.3,
                "messages", List.of(Map.of("role", "system", "content", "Be brief"),
                        Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "hi"),
                                Map.of("type", "image_url", "image_url", Map.of("url", "https://x.test/a.png"))))));

        assertThat(client.postJson("/v1/chat/completions", request).status()).isEqualTo(200);
    }

    @Test
    void refusesASchemaViolationWithTheValidatorsMessage() {
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "temperature", 3,
                "messages", List.of(Map.of("role", "user", "content", "hi")));

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(422);
        JsonNode detail = response.json().path("detail");
        assertThat(detail).anySatisfy(item -> {
            assertThat(item.path("msg").asText()).contains("/temperature").contains("1.5");
            assertThat(SimulatorClient.text(item.path("loc"))).isEqualTo("[\"body\",\"temperature\"]");
            assertThat(item.path("ctx").path("operation").asText())
                    .isEqualTo("chat_completion_v1_chat_completions_post");
        });
    }

    @Test
    void refusesANullWhereTheSchemaHasNoNull() {
        String request = "{\"model\":\"mistral-small-latest\",\"top_p\":null,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("msg").asText()).contains("/top_p");
    }

    @Test
    void pointsAtTheFieldThatBreaksANestedUnionRatherThanAtEveryBranch() {
        String request = "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"content\":\"x\",\"tool_calls\":"
                + "[{\"id\":\"abcdefghi\",\"function\":{\"name\":\"f\",\"arguments\":7}}]}]}";

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail")).allSatisfy(item ->
                assertThat(item.path("msg").asText()).startsWith("/messages/0/tool_calls/0/function/arguments"));
    }

    @Test
    void checksTheBodiesOfResourceEndpointsToo() {
        SimulatorClient.Response response = client.postJson("/v1/batch/jobs", Map.of("endpoint",
                "/v1/embeddings", "requests", List.of(Map.of("custom_id", "1", "body", Map.of())),
                "timeout_hours", "soon"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("msg").asText()).contains("/timeout_hours");
    }

    @Test
    void checksTheFieldNamesOfMultipartForms() {
        SimulatorClient.Response response = client.postMultipart("/v1/files",
                SimulatorClient.Part.text("purpose", "batch"), SimulatorClient.Part.text("name", "x"),
                SimulatorClient.Part.file("file", "a.jsonl", null, "{}".getBytes()));

        assertThat(response.status()).isEqualTo(422);
        JsonNode detail = response.json().path("detail").get(0);
        assertThat(detail.path("type").asText()).isEqualTo("extra_forbidden");
        assertThat(detail.path("msg").asText()).contains("'name'").contains("files_api_routes_upload_file");
    }
}
