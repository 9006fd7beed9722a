package io.github.camelmistral.api.embeddings;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /v1/embeddings}.
 *
 * @param encodingFormat {@code float} (numbers) or {@code base64} (little-endian float32s); either is read back into
 *                       a {@link FloatVector}
 */
public record EmbeddingRequest(
        String model,
        List<String> input,
        @JsonProperty("output_dimension") Integer outputDimension,
        @JsonProperty("output_dtype") String outputDtype,
        Map<String, Object> metadata,
        @JsonProperty("encoding_format") String encodingFormat) {

    public EmbeddingRequest {
        input = input == null ? null : List.copyOf(input);
    }
}
