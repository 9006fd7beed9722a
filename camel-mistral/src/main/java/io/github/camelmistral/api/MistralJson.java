package io.github.camelmistral.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping every Mistral request and response goes through.
 * <p>
 * Null-valued keys are never written because the inference schemas are closed ({@code additionalProperties: false})
 * and the API answers 422 {@code extra_forbidden} even for {@code "field": null}. Unknown response fields are ignored
 * because the API adds response fields often. Numbers are read with Jackson's fast (and exact) float parser: the JDK's
 * {@code Float.parseFloat} path allocates per number, which dominated the cost of reading embedding vectors.
 */
public final class MistralJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private MistralJson() {
    }

    /** The shared, thread-safe mapper. Callers must not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
