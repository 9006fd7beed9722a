package io.github.camelmistral.api.models;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;

/**
 * Models: every model the key can use ({@code /v1/models}, not paginated), and the fine-tuned ones' name, description
 * and archive flag ({@code /v1/fine_tuning/models}).
 */
public final class ModelsApi {

    static final String MODELS = "/v1/models";
    static final String FINE_TUNED_MODELS = "/v1/fine_tuning/models";

    private final MistralClient client;

    public ModelsApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<ModelList>> list() {
        return client.call(ApiCall.get(MODELS), ModelList.class);
    }

    public CompletableFuture<MistralResponse<ModelCard>> get(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(MODELS, id)), ModelCard.class);
    }

    /** Deletes a fine-tuned model; the API answers 403 for base models. */
    public CompletableFuture<MistralResponse<ModelDeleted>> delete(String id) {
        return client.call(ApiCall.delete(ApiPaths.resource(MODELS, id)), ModelDeleted.class);
    }

    public CompletableFuture<MistralResponse<FineTunedModel>> update(String id, ModelUpdate update) {
        return client.call(new ApiCall("PATCH", ApiPaths.resource(FINE_TUNED_MODELS, id), null, update),
                FineTunedModel.class);
    }

    public CompletableFuture<MistralResponse<ModelArchiveStatus>> archive(String id) {
        return client.call(ApiCall.post(ApiPaths.resource(FINE_TUNED_MODELS, id, "archive"), null),
                ModelArchiveStatus.class);
    }

    /** The spec's unarchive is a DELETE on the same {@code /archive} path. */
    public CompletableFuture<MistralResponse<ModelArchiveStatus>> unarchive(String id) {
        return client.call(ApiCall.delete(ApiPaths.resource(FINE_TUNED_MODELS, id, "archive")),
                ModelArchiveStatus.class);
    }
}
