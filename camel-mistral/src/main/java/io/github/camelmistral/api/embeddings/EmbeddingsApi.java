package io.github.camelmistral.api.embeddings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;

/** Embeddings ({@code /v1/embeddings}). */
public final class EmbeddingsApi {

    static final String EMBEDDINGS = "/v1/embeddings";

    private final MistralClient client;

    public EmbeddingsApi(MistralClient client) {
        this.client = client;
    }

    /**
     * The vectors of {@code request}'s inputs. The answer is checked to hold exactly one vector per input (by the
     * {@code index} the API gives each), since vectors are matched to inputs by position.
     */
    public CompletableFuture<MistralResponse<EmbeddingResponse>> create(EmbeddingRequest request) {
        int inputs = request.input() == null ? 0 : request.input().size();
        return client.post(EMBEDDINGS, request, EmbeddingResponse.class)
                .thenApply(answer -> {
                    vectors(answer, inputs);
                    return answer;
                });
    }

    /** The vectors of an answer in input order; fails as a malformed answer unless there is exactly one per input. */
    public static List<List<Float>> vectors(MistralResponse<EmbeddingResponse> answer, int inputs) {
        List<EmbeddingResponse.Embedding> data = answer.body().data() == null ? List.of() : answer.body().data();
        List<List<Float>> vectors = new ArrayList<>(Collections.nCopies(inputs, null));
        for (EmbeddingResponse.Embedding embedding : data) {
            Integer index = embedding.index();
            if (index == null || index < 0 || index >= inputs || vectors.get(index) != null) {
                throw new CompletionException(answer.malformed(
                        "vector index " + index + " does not match one of the " + inputs + " inputs"));
            }
            vectors.set(index, embedding.embedding());
        }
        if (vectors.contains(null)) {
            throw new CompletionException(answer.malformed(
                    "the response has " + data.size() + " vectors for " + inputs + " inputs"));
        }
        return vectors;
    }
}
