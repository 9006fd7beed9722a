package io.github.camelmistral.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FineTuningJobsTest extends SimulatorTestSupport {

    private String trainingFile;

    @BeforeEach
    void setUp() {
        sim.fineTuningJobs().durations(Duration.ofMinutes(10), Duration.ofMinutes(30));
        String dataset = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\","
                + "\"content\":\"hello\"}]}\n";
        trainingFile = client.postMultipart("/v1/files", SimulatorClient.Part.text("purpose", "fine-tune"),
                SimulatorClient.Part.file("file", "train.jsonl", null, dataset.repeat(40).getBytes(
                        StandardCharsets.UTF_8))).json().path("id").asText();
    }

    private Map<String, Object> jobRequest(String suffix, Boolean autoStart) {
        Map<String, Object> request = new HashMap<>();
        request.put("model", "open-mistral-7b");
        request.put("training_files", List.of(Map.of("file_id", trainingFile)));
        request.put("hyperparameters", Map.of("training_steps", 10, "learning_rate", 0.0001));
        if (suffix != null) {
            request.put("suffix", suffix);
        }
        if (autoStart != null) {
            request.put("auto_start", autoStart);
        }
        return request;
    }

    private JsonNode create(Map<String, Object> request) {
        SimulatorClient.Response response = client.postJson("/v1/fine_tuning/jobs", request);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode get(JsonNode job) {
        return client.get("/v1/fine_tuning/jobs/" + job.path("id").asText()).json();
    }

    private static List<String> eventStatuses(JsonNode job) {
        List<String> statuses = new ArrayList<>();
        job.path("events").forEach(event -> {
            assertThat(event.path("name").asText()).isEqualTo("status-updated");
            statuses.add(event.path("data").path("status").asText());
        });
        return statuses;
    }

    @Test
    void progressesWithTheClockAndProducesAFineTunedModel() {
        JsonNode job = create(jobRequest("mine", null));
        assertThat(job.path("object").asText()).isEqualTo("job");
        assertThat(job.path("status").asText()).isEqualTo("QUEUED");
        assertThat(job.path("auto_start").asBoolean()).isTrue();
        assertThat(job.path("training_files").get(0).asText()).isEqualTo(trainingFile);
        assertThat(job.path("fine_tuned_model").isNull()).isTrue();
        assertThat(job.has("events")).isFalse();

        sim.clock().advance(Duration.ofMinutes(5));
        assertThat(get(job).path("status").asText()).isEqualTo("VALIDATING");
        sim.clock().advance(Duration.ofMinutes(5));
        assertThat(get(job).path("status").asText()).isEqualTo("RUNNING");
        sim.clock().advance(Duration.ofMinutes(30));

        JsonNode done = get(job);
        assertThat(done.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(eventStatuses(done)).containsExactly("SUCCESS", "RUNNING", "VALIDATED", "VALIDATING", "QUEUED");
        assertThat(done.path("modified_at").asLong()).isEqualTo(done.path("events").get(0).path("created_at").asLong());
        assertThat(done.path("trained_tokens").asLong()).isPositive();
        assertThat(done.path("checkpoints")).hasSize(1);
        String model = done.path("fine_tuned_model").asText();
        assertThat(model).startsWith("ft:open-mistral-7b:");

        JsonNode card = client.get("/v1/models/" + model).json();
        assertThat(card.path("type").asText()).isEqualTo("fine-tuned");
        assertThat(card.path("job").asText()).isEqualTo(job.path("id").asText());
        assertThat(client.delete("/v1/models/" + model).json().path("deleted").asBoolean()).isTrue();
        assertThat(get(job).path("fine_tuned_model").asText()).isEqualTo(model);
    }

    @Test
    void waitsValidatedWithoutAutoStartUntilStarted() {
        JsonNode job = create(jobRequest(null, false));
        sim.clock().advance(Duration.ofHours(5));
        assertThat(get(job).path("status").asText()).isEqualTo("VALIDATED");

        JsonNode started = client.post("/v1/fine_tuning/jobs/" + job.path("id").asText() + "/start").json();
        assertThat(started.path("status").asText()).isEqualTo("STARTED");
        assertThat(client.post("/v1/fine_tuning/jobs/" + job.path("id").asText() + "/start").status())
                .isEqualTo(400);

        sim.clock().advance(Duration.ofMinutes(5));
        assertThat(get(job).path("status").asText()).isEqualTo("RUNNING");
        sim.clock().advance(Duration.ofMinutes(30));
        assertThat(get(job).path("status").asText()).isEqualTo("SUCCESS");
    }

    @Test
    void cancellationIsRequestedThenCompletes() {
        JsonNode job = create(jobRequest(null, null));
        sim.clock().advance(Duration.ofMinutes(20));

        JsonNode cancelling = client.post("/v1/fine_tuning/jobs/" + job.path("id").asText() + "/cancel").json();
        assertThat(cancelling.path("status").asText()).isEqualTo("CANCELLATION_REQUESTED");
        assertThat(cancelling.has("events")).isTrue();

        sim.clock().advance(Duration.ofHours(1));
        JsonNode cancelled = get(job);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(eventStatuses(cancelled)).startsWith("CANCELLED", "CANCELLATION_REQUESTED", "RUNNING");
        assertThat(cancelled.path("fine_tuned_model").isNull()).isTrue();
    }

    @Test
    void endsWithTheScriptedOutcomeOrTheOneItsSuffixNames() {
        sim.fineTuningJobs().script(JobOutcome.FAILED);
        JsonNode failed = create(jobRequest("a", null));
        JsonNode invalid = create(jobRequest("failed_validation", null));

        sim.clock().advance(Duration.ofHours(1));

        assertThat(get(failed).path("status").asText()).isEqualTo("FAILED");
        assertThat(get(invalid).path("status").asText()).isEqualTo("FAILED_VALIDATION");
        assertThat(eventStatuses(get(invalid))).doesNotContain("RUNNING");
    }

    @Test
    void aDryRunOnlyEstimates() {
        SimulatorClient.Response response = client.postJson("/v1/fine_tuning/jobs?dry_run=true",
                jobRequest(null, null));

        assertThat(response.json().path("object").asText()).isEqualTo("job.metadata");
        assertThat(response.json().path("train_tokens").asLong()).isPositive();
        assertThat(client.get("/v1/fine_tuning/jobs").json().path("total").asInt()).isZero();
    }

    @Test
    void refusesADuplicateOfAJobInProgressWith409() {
        create(jobRequest("dup", null));

        SimulatorClient.Response duplicate = client.postJson("/v1/fine_tuning/jobs", jobRequest("dup", null));

        assertThat(duplicate.status()).isEqualTo(409);
        sim.clock().advance(Duration.ofHours(1));
        assertThat(client.postJson("/v1/fine_tuning/jobs", jobRequest("dup", null)).status()).isEqualTo(200);
    }

    @Test
    void refusesUnknownTrainingFiles() {
        Map<String, Object> request = jobRequest(null, null);
        request.put("training_files", List.of(Map.of("file_id", "0b5e1a3c-1f2d-4e5f-8a9b-0c1d2e3f4a5b")));

        assertThat(client.postJson("/v1/fine_tuning/jobs", request).status()).isEqualTo(404);
    }

    @Test
    void listsWithASingleStatusTheCreationWindowAndPaging() {
        JsonNode first = create(jobRequest("first", null));
        sim.clock().advance(Duration.ofMinutes(20));
        JsonNode second = create(jobRequest("second", null));
        // now: first RUNNING, second QUEUED

        JsonNode all = client.get("/v1/fine_tuning/jobs").json();
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(all.path("data").findValuesAsText("suffix")).containsExactly("second", "first");
        assertThat(client.get("/v1/fine_tuning/jobs?status=RUNNING").json().path("data").findValuesAsText("suffix"))
                .containsExactly("first");
        assertThat(client.get("/v1/fine_tuning/jobs?suffix=second").json().path("total").asInt()).isEqualTo(1);

        String between = Instant.ofEpochSecond(first.path("created_at").asLong()).plusSeconds(60).toString();
        assertThat(client.get("/v1/fine_tuning/jobs?created_after=" + between).json().path("data")
                .findValuesAsText("suffix")).containsExactly("second");
        assertThat(client.get("/v1/fine_tuning/jobs?created_before=" + between).json().path("data")
                .findValuesAsText("suffix")).containsExactly("first");
        assertThat(client.get("/v1/fine_tuning/jobs?page=0&page_size=1").json().path("data")).hasSize(1);
        assertThat(second.path("status").asText()).isEqualTo("QUEUED");
    }
}
