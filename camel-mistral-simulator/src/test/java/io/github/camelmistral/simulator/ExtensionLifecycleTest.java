package io.github.camelmistral.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionLifecycleTest {

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create();

    private static String firstBaseUrl;

    @Test
    @Order(1)
    void recordsWhatItReceives() {
        firstBaseUrl = sim.baseUrl();
        SimulatorClient client = new SimulatorClient(sim.baseUrl());
        client.postMultipart("/v1/files", SimulatorClient.Part.text("purpose", "batch"),
                SimulatorClient.Part.file("file", "kept.jsonl", null, "{}".getBytes()));
        client.postJson("/v1/embeddings?trace=1", Map.of("model", "mistral-embed", "input", "x"));
        sim.faults().failNext("/v1/models", 500);
        sim.clock().advance(Duration.ofDays(1));

        assertThat(sim.requests().count()).isEqualTo(2);
        RecordedRequest embeddings = sim.requests().last();
        assertThat(embeddings.method()).isEqualTo("POST");
        assertThat(embeddings.path()).isEqualTo("/v1/embeddings");
        assertThat(embeddings.query()).isEqualTo("trace=1");
        assertThat(embeddings.header("authorization")).isEqualTo("Bearer " + SimulatorClient.KEY);
        assertThat(embeddings.bodyAsJson().path("input").asText()).isEqualTo("x");
        assertThat(sim.requests().to("/v1/files").get(0).multipart().part("file").orElseThrow().filename())
                .isEqualTo("kept.jsonl");
    }

    @Test
    @Order(2)
    void startsEachTestFromAFreshStateOnTheSameServer() {
        assertThat(sim.baseUrl()).isEqualTo(firstBaseUrl);
        assertThat(sim.requests().all()).isEmpty();
        assertThat(sim.faults().armed()).isEmpty();
        assertThat(sim.clock().now()).isBefore(Instant.now().plus(Duration.ofHours(1)));
        SimulatorClient client = new SimulatorClient(sim.baseUrl());
        assertThat(client.get("/v1/files").json().path("total").asInt()).isZero();
        assertThat(client.get("/v1/models").status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void isStrictWhenTheSpecPropertyNamesAFile() {
        String property = System.getProperty(MistralSimulator.SPEC_PROPERTY);
        boolean specPresent = property != null && Files.isRegularFile(Path.of(property));
        assertThat(sim.isStrict()).isEqualTo(specPresent);
    }

    @Test
    @Order(4)
    void givesTheSameIdsAfterEveryReset() {
        SimulatorClient client = new SimulatorClient(sim.baseUrl());
        String first = client.postJson("/v1/batch/jobs", Map.of("endpoint", "/v1/embeddings",
                "requests", List.of(Map.of("body", Map.of("model", "mistral-embed", "input", "x"))))).json()
                .path("id").asText();
        sim.simulator().reset();
        String again = client.postJson("/v1/batch/jobs", Map.of("endpoint", "/v1/embeddings",
                "requests", List.of(Map.of("body", Map.of("model", "mistral-embed", "input", "x"))))).json()
                .path("id").asText();

        assertThat(again).isEqualTo(first);
    }
}
