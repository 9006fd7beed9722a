package io.github.camelmistral.api.embeddings;

import java.util.List;

import io.github.camelmistral.api.Usage;

/** The answer of {@code POST /v1/embeddings}; {@code data} is matched to the inputs by {@code index}, not position. */
public record EmbeddingResponse(String id, String object, String model, Usage usage, List<Embedding> data) {

    /**
     * One vector and the position of its input in the request. The vector is a {@link FloatVector}: a read-only
     * {@code List<Float>} over packed floats, whether the API sent numbers or ({@code encoding_format=base64}) base64.
     */
    public record Embedding(String object, FloatVector embedding, Integer index) {
    }
}
