package io.github.camelmistral.api.embeddings;

import java.util.List;

import io.github.camelmistral.api.Usage;

/** The answer of {@code POST /v1/embeddings}; {@code data} is matched to the inputs by {@code index}, not position. */
public record EmbeddingResponse(String id, String object, String model, Usage usage, List<Embedding> data) {

    /** One vector and the position of its input in the request. */
    public record Embedding(String object, List<Float> embedding, Integer index) {
    }
}
