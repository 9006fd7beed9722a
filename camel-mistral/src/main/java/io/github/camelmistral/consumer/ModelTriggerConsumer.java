package io.github.camelmistral.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.models.ModelCard;
import io.github.camelmistral.api.models.ModelDeleted;
import org.apache.camel.Processor;

/**
 * {@code mistral:model?event=deleted|created}: one {@code GET /v1/models} per poll (the list is not paginated),
 * fine-tuned models only unless {@code fineTunedOnly=false}. Archiving only flips {@code archived}: an archived model
 * stays listed and is not deleted. A {@code deleted} event's body is a {@link ModelDeleted}.
 */
public class ModelTriggerConsumer extends SnapshotTriggerConsumer<ModelCard> {

    public ModelTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor,
                new Kind<>("model", "created", MistralConstants.MODEL_ID, ModelCard::id, ModelCard::created));
    }

    @Override
    protected Map<String, Object> stateFilters() {
        return options("fineTunedOnly", config().getFineTunedOnly());
    }

    @Override
    protected CompletableFuture<List<ModelCard>> scan() {
        // the triggers default to fine-tuned models: base models come and go with Mistral's releases
        boolean fineTunedOnly = !Boolean.FALSE.equals(config().getFineTunedOnly());
        return api().models().list()
                .thenApply(answer -> answer.body().data().stream()
                        .filter(model -> !fineTunedOnly || model.isFineTuned())
                        .toList());
    }

    @Override
    protected CompletableFuture<ModelCard> read(String id) {
        return orNullIfNotFound(api().models().get(id));
    }

    @Override
    protected Object deletedBody(String id) {
        return new ModelDeleted(id, "model", true);
    }
}
