package io.github.camelmistral.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredResourcesTest extends SimulatorTestSupport {

    private String upload(String filename, String content) {
        return client.postMultipart("/v1/files", SimulatorClient.Part.text("purpose", "fine-tune"),
                SimulatorClient.Part.file("file", filename, null, content.getBytes(StandardCharsets.UTF_8)))
                .json().path("id").asText();
    }

    @Test
    void countsFilesAndFindsTheSameUploadMadeTwice() {
        String dataset = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n";
        String first = upload("train.jsonl", dataset);
        String again = upload("train.jsonl", dataset);
        upload("train.jsonl", dataset + dataset);

        StoredResources stored = sim.simulator().stored();

        assertThat(stored.fileCount()).isEqualTo(3);
        assertThat(stored.files()).extracting(StoredResources.FileSummary::id).startsWith(first, again);
        assertThat(stored.duplicateFiles()).singleElement().satisfies(group -> assertThat(group)
                .extracting(StoredResources.FileSummary::id).containsExactly(first, again));
        assertThat(stored.files().get(0).bytes()).isEqualTo(dataset.length());

        client.delete("/v1/files/" + again);
        assertThat(sim.simulator().stored().duplicateFiles()).isEmpty();
    }

    @Test
    void countsJobsAndFindsThoseCreatedFromEqualRequests() {
        Map<String, Object> batch = Map.of("endpoint", "/v1/embeddings", "model", "mistral-embed",
                "requests", List.of(Map.of("custom_id", "1", "body", Map.of("input", "x"))));
        client.postJson("/v1/batch/jobs", batch);
        client.postJson("/v1/batch/jobs", batch);
        client.postJson("/v1/batch/jobs", Map.of("endpoint", "/v1/embeddings", "model", "mistral-embed",
                "requests", List.of(Map.of("custom_id", "2", "body", Map.of("input", "y")))));
        String training = upload("train.jsonl", "{\"messages\":[]}\n");
        client.postJson("/v1/fine_tuning/jobs", Map.of("model", "open-mistral-7b", "training_files",
                List.of(Map.of("file_id", training)), "hyperparameters", Map.of("training_steps", 10)));

        StoredResources stored = sim.simulator().stored();

        assertThat(stored.batchJobCount()).isEqualTo(3);
        assertThat(stored.duplicateBatchJobs()).singleElement().satisfies(group -> assertThat(group).hasSize(2));
        assertThat(stored.batchJobs()).allSatisfy(job -> assertThat(job.status()).isEqualTo("QUEUED"));
        assertThat(stored.batchJobs().get(0).request().path("endpoint").asText()).isEqualTo("/v1/embeddings");
        assertThat(stored.fineTuningJobCount()).isEqualTo(1);
        assertThat(stored.duplicateFineTuningJobs()).isEmpty();
        assertThat(stored.fineTuningJobs().get(0).request().path("model").asText()).isEqualTo("open-mistral-7b");
    }
}
