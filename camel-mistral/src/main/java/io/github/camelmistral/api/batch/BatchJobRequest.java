package io.github.camelmistral.api.batch;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /v1/batch/jobs}: {@code endpoint} plus exactly one input, either uploaded JSONL
 * {@code inputFiles} or inline {@code requests} (at most {@link #MAX_INLINE_REQUESTS}).
 */
public record BatchJobRequest(
        @JsonProperty("input_files") List<String> inputFiles,
        List<BatchRequest> requests,
        String endpoint,
        String model,
        @JsonProperty("agent_id") String agentId,
        Map<String, String> metadata,
        @JsonProperty("timeout_hours") Integer timeoutHours) {

    /** The most requests an inline batch may hold; larger batches go through an uploaded file. */
    public static final int MAX_INLINE_REQUESTS = 10_000;

    public static BatchJobRequest ofFiles(String endpoint, List<String> inputFiles) {
        return new BatchJobRequest(inputFiles, null, endpoint, null, null, null, null);
    }

    public static BatchJobRequest inline(String endpoint, List<BatchRequest> requests) {
        return new BatchJobRequest(null, requests, endpoint, null, null, null, null);
    }

    public BatchJobRequest withModel(String model) {
        return new BatchJobRequest(inputFiles, requests, endpoint, model, agentId, metadata, timeoutHours);
    }

    public BatchJobRequest withEndpoint(String endpoint) {
        return new BatchJobRequest(inputFiles, requests, endpoint, model, agentId, metadata, timeoutHours);
    }

    public BatchJobRequest withAgentId(String agentId) {
        return new BatchJobRequest(inputFiles, requests, endpoint, model, agentId, metadata, timeoutHours);
    }

    public BatchJobRequest withMetadata(Map<String, String> metadata) {
        return new BatchJobRequest(inputFiles, requests, endpoint, model, agentId, metadata, timeoutHours);
    }

    public BatchJobRequest withTimeoutHours(Integer timeoutHours) {
        return new BatchJobRequest(inputFiles, requests, endpoint, model, agentId, metadata, timeoutHours);
    }
}
