package io.github.camelmistral.api.batch;

import io.github.camelmistral.api.MistralJob;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A batch job as the API reports it. {@code outputFile} and {@code errorFile} are null until produced; timestamps are
 * Unix seconds ({@code startedAt}, {@code completedAt} null until then; there is no modification time);
 * {@code status} is kept as a String because the API adds values (see {@link BatchJobStatus}).
 */
public record BatchJob(
        String id,
        String object,
        @JsonProperty("input_files") List<String> inputFiles,
        Map<String, Object> metadata,
        String endpoint,
        String model,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("output_file") String outputFile,
        @JsonProperty("error_file") String errorFile,
        List<BatchError> errors,
        List<Map<String, Object>> outputs,
        String status,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("total_requests") Integer totalRequests,
        @JsonProperty("completed_requests") Integer completedRequests,
        @JsonProperty("succeeded_requests") Integer succeededRequests,
        @JsonProperty("failed_requests") Integer failedRequests,
        @JsonProperty("started_at") Long startedAt,
        @JsonProperty("completed_at") Long completedAt) implements MistralJob {

    /** Whether the job will not change any more (succeeded, failed, timed out or cancelled). */
    @JsonIgnore
    public boolean isTerminal() {
        return BatchJobStatus.isTerminal(status);
    }
}
