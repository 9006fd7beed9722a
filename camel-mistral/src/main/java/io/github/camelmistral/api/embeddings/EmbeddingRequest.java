package io.github.camelmistral.api.embeddings;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /v1/embeddings}. */
public record EmbeddingRequest(
        String model,
        List<String> input,
        @JsonProperty("output_dimension") Integer outputDimension,
        @JsonProperty("output_dtype") String outputDtype,
        Map<String, Object> metadata) {

    public EmbeddingRequest {
        input = input == null ? null : List.copyOf(input);
    }
}
