package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The /__simulator control endpoints that stand in for the Java API when the server runs standalone. */
class AdminApiTest extends SimulatorTestSupport {


    @Test
    void movesTheClockAndScriptsJobs() {
        client.post("/__simulator/jobs/batch/script?outcome=FAILED&queued_seconds=1&running_seconds=1");
        JsonNode job = client.postJson("/v1/batch/jobs", Map.of("endpoint", "/v1/embeddings",
                "requests", List.of(Map.of("body", Map.of("model", "mistral-embed", "input", "x"))))).json();

        client.post("/__simulator/clock/advance?seconds=5");

        assertThat(client.get("/v1/batch/jobs/" + job.path("id").asText()).json().path("status").asText())
                .isEqualTo("FAILED");
    }

    @Test
    void injectsFaultsAndShowsTheRequestLog() {
        client.post("/__simulator/faults?kind=status&status=503&path=/v1/models&retry_after=3");

        SimulatorClient.Response failed = client.get("/v1/models");
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.header("Retry-After")).isEqualTo("3");
        JsonNode log = client.get("/__simulator/requests").json();
        assertThat(log.findValuesAsText("path")).contains("/__simulator/faults", "/v1/models");

        client.post("/__simulator/reset");
        assertThat(sim.requests().count()).isZero();
        assertThat(sim.clock().now()).isBefore(sim.clock().now().plus(Duration.ofSeconds(1)));
    }
}
