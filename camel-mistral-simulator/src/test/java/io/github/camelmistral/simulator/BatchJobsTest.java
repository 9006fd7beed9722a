package io.github.camelmistral.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchJobsTest extends SimulatorTestSupport {


    @BeforeEach
    void setUp() {
        sim.batchJobs().durations(Duration.ofMinutes(10), Duration.ofMinutes(20));
    }

    private static Map<String, Object> chatRequest(String customId, String text) {
        return Map.of("custom_id", customId, "body", Map.of("messages", List.of(Map.of("role", "user",
                "content", text))));
    }

    private JsonNode createInline(String model, Map<String, Object> metadata) {
        Map<String, Object> job = Map.of("endpoint", "/v1/chat/completions", "model", model, "metadata", metadata,
                "requests", List.of(chatRequest("a", "first"), chatRequest("b", "second"), chatRequest("c", "third")));
        SimulatorClient.Response response = client.postJson("/v1/batch/jobs", job);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private JsonNode get(JsonNode job) {
        return client.get("/v1/batch/jobs/" + job.path("id").asText()).json();
    }

    @Test
    void progressesWithTheClockAndWritesTheResultsAsAnOutputFile() {
        JsonNode job = createInline("mistral-small-latest", Map.of());
        assertThat(job.path("object").asText()).isEqualTo("batch");
        assertThat(job.path("status").asText()).isEqualTo("QUEUED");
        assertThat(job.path("total_requests").asInt()).isEqualTo(3);
        assertThat(job.path("started_at").isNull()).isTrue();
        assertThat(job.path("output_file").isNull()).isTrue();

        sim.clock().advance(Duration.ofMinutes(10));
        JsonNode running = get(job);
        assertThat(running.path("status").asText()).isEqualTo("RUNNING");
        assertThat(running.path("started_at").asLong()).isEqualTo(job.path("created_at").asLong() + 600);

        sim.clock().advance(Duration.ofMinutes(10));
        assertThat(get(job).path("completed_requests").asInt()).isEqualTo(1);

        sim.clock().advance(Duration.ofMinutes(10));
        JsonNode done = get(job);
        assertThat(done.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(done.path("completed_at").asLong()).isEqualTo(job.path("created_at").asLong() + 1800);
        assertThat(done.path("succeeded_requests").asInt()).isEqualTo(3);
        assertThat(done.path("failed_requests").asInt()).isZero();
        assertThat(done.path("error_file").isNull()).isTrue();

        String outputFile = done.path("output_file").asText();
        JsonNode file = client.get("/v1/files/" + outputFile).json();
        assertThat(file.path("source").asText()).isEqualTo("mistral");
        assertThat(file.path("sample_type").asText()).isEqualTo("batch_result");
        assertThat(file.path("created_at").asLong()).isEqualTo(done.path("completed_at").asLong());
        List<String> lines = client.get("/v1/files/" + outputFile + "/content").body().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = SimulatorClient.parse(lines.get(0));
        assertThat(first.path("id").asText()).startsWith("batch-");
        assertThat(first.path("custom_id").asText()).isEqualTo("a");
        assertThat(first.path("response").path("status_code").asInt()).isEqualTo(200);
        assertThat(first.path("response").path("body").path("model").asText()).isEqualTo("mistral-small-latest");
        assertThat(first.path("response").path("body").path("choices").get(0).path("message").path("content")
                .asText()).contains("first");
        assertThat(first.has("error")).isTrue();
        assertThat(first.path("error").isNull()).isTrue();

        JsonNode inline = client.get("/v1/batch/jobs/" + job.path("id").asText() + "?inline=true").json();
        assertThat(inline.path("outputs")).hasSize(3);
    }

    @Test
    void readsRequestsFromAnUploadedFileAndWritesFailuresToAnErrorFile() {
        String lines = "{\"custom_id\":\"1\",\"body\":{\"input\":\"hello\"}}\n"
                + "not json\n"
                + "{\"custom_id\":\"3\",\"body\":{\"input\":[\"x\",\"y\"],\"user\":\"me\"}}\n"
                + "{\"custom_id\":\"4\",\"body\":{\"input\":\"bye\"}}\n";
        String fileId = client.postMultipart("/v1/files", SimulatorClient.Part.text("purpose", "batch"),
                SimulatorClient.Part.file("file", "batch.jsonl", null, lines.getBytes(StandardCharsets.UTF_8)))
                .json().path("id").asText();

        JsonNode job = client.postJson("/v1/batch/jobs", Map.of("endpoint", "/v1/embeddings", "model",
                "mistral-embed", "input_files", List.of(fileId))).json();
        assertThat(job.path("input_files").get(0).asText()).isEqualTo(fileId);
        assertThat(job.path("total_requests").asInt()).isEqualTo(4);

        sim.clock().advance(Duration.ofMinutes(30));
        JsonNode done = get(job);
        assertThat(done.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(done.path("succeeded_requests").asInt()).isEqualTo(2);
        assertThat(done.path("failed_requests").asInt()).isEqualTo(2);
        assertThat(done.path("errors").get(0).path("count").asInt()).isEqualTo(2);
        List<String> errors = client.get("/v1/files/" + done.path("error_file").asText() + "/content").body()
                .lines().toList();
        assertThat(errors).hasSize(2);
        JsonNode extraField = SimulatorClient.parse(errors.get(1));
        assertThat(extraField.path("custom_id").asText()).isEqualTo("3");
        assertThat(extraField.path("response").path("status_code").asInt()).isEqualTo(422);
        assertThat(extraField.path("response").path("body").path("detail").get(0).path("type").asText())
                .isEqualTo("extra_forbidden");
    }

    @Test
    void endsWithTheScriptedOutcomes() {
        sim.batchJobs().script(JobOutcome.FAILED, JobOutcome.TIMEOUT_EXCEEDED);
        JsonNode failed = createInline("mistral-small-latest", Map.of());
        JsonNode timedOut = createInline("mistral-small-latest", Map.of());
        JsonNode byMetadata = createInline("mistral-small-latest", Map.of("simulator_outcome", "CANCELLED"));
        JsonNode succeeded = createInline("mistral-small-latest", Map.of());

        sim.clock().advance(Duration.ofHours(1));

        JsonNode failedNow = get(failed);
        assertThat(failedNow.path("status").asText()).isEqualTo("FAILED");
        assertThat(failedNow.path("output_file").isNull()).isTrue();
        assertThat(failedNow.path("errors").get(0).path("message").asText()).contains("FAILED");
        JsonNode timedOutNow = get(timedOut);
        assertThat(timedOutNow.path("status").asText()).isEqualTo("TIMEOUT_EXCEEDED");
        assertThat(timedOutNow.path("completed_requests").asInt()).isEqualTo(1);
        assertThat(get(byMetadata).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(get(succeeded).path("status").asText()).isEqualTo("SUCCESS");
    }

    @Test
    void cancellationIsRequestedThenCompletes() {
        JsonNode job = createInline("mistral-small-latest", Map.of());
        sim.clock().advance(Duration.ofMinutes(15));

        JsonNode cancelling = client.post("/v1/batch/jobs/" + job.path("id").asText() + "/cancel").json();
        assertThat(cancelling.path("status").asText()).isEqualTo("CANCELLATION_REQUESTED");

        sim.clock().advance(Duration.ofSeconds(1));
        JsonNode cancelled = get(job);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("completed_at").isNull()).isFalse();
        sim.clock().advance(Duration.ofHours(1));
        assertThat(get(job).path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void listsWithRepeatedStatusCreatedAfterOrderAndPaging() {
        JsonNode first = createInline("mistral-small-latest", Map.of());
        sim.clock().advance(Duration.ofMinutes(15));
        JsonNode second = createInline("mistral-large-latest", Map.of());
        sim.clock().advance(Duration.ofMinutes(20));
        JsonNode third = createInline("mistral-small-latest", Map.of());
        // now: first SUCCESS, second RUNNING, third QUEUED

        assertThat(ids(client.get("/v1/batch/jobs").json())).containsExactly(id(third), id(second), id(first));
        assertThat(ids(client.get("/v1/batch/jobs?order_by=created").json()))
                .containsExactly(id(first), id(second), id(third));
        assertThat(ids(client.get("/v1/batch/jobs?status=QUEUED&status=RUNNING").json()))
                .containsExactly(id(third), id(second));
        assertThat(ids(client.get("/v1/batch/jobs?status=SUCCESS").json())).containsExactly(id(first));
        assertThat(ids(client.get("/v1/batch/jobs?model=mistral-large-latest").json())).containsExactly(id(second));

        String after = Instant.ofEpochSecond(second.path("created_at").asLong()).toString();
        assertThat(ids(client.get("/v1/batch/jobs?order_by=created&created_after=" + after).json()))
                .containsExactly(id(second), id(third));
        String withOffset = after.replace("Z", "%2B00:00");
        assertThat(ids(client.get("/v1/batch/jobs?created_after=" + withOffset).json())).hasSize(2);
        assertThat(client.get("/v1/batch/jobs?created_after=" + after.replace("Z", "+00:00")).status())
                .isEqualTo(422);

        JsonNode page = client.get("/v1/batch/jobs?page=1&page_size=2").json();
        assertThat(ids(page)).containsExactly(id(first));
        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(client.get("/v1/batch/jobs?status=DONE").status()).isEqualTo(422);
        assertThat(client.get("/v1/batch/jobs?order_by=newest").status()).isEqualTo(422);
    }

    @Test
    void refusesAJobWithoutExactlyOneInputSource() {
        SimulatorClient.Response none = client.postJson("/v1/batch/jobs", Map.of("endpoint", "/v1/embeddings"));
        assertThat(none.status()).isEqualTo(400);

        SimulatorClient.Response badEndpoint = client.postJson("/v1/batch/jobs", Map.of("endpoint", "/v1/nothing",
                "requests", List.of()));
        assertThat(badEndpoint.status()).isEqualTo(422);
    }

    private static String id(JsonNode job) {
        return job.path("id").asText();
    }

    private static List<String> ids(JsonNode list) {
        return list.path("data").findValuesAsText("id");
    }
}
