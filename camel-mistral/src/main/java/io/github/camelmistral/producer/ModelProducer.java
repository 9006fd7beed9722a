package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.ApiError;
import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.models.FineTunedModel;
import io.github.camelmistral.api.models.ModelCard;
import io.github.camelmistral.api.models.ModelUpdate;
import org.apache.camel.Exchange;

/**
 * {@code mistral:model}: lists and reads the models available to the key, and deletes, renames, archives and
 * unarchives fine-tuned ones.
 */
public class ModelProducer extends ResourceProducer {

    /** The operations of {@code mistral:model}. */
    public enum Operation {
        list, get, delete, update, archive, unarchive
    }

    private static final Set<String> UPDATE_KEYS = Set.of("name", "description");

    public ModelProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case list -> list(exchange);
            case get -> callForBody(exchange, api().models().get(modelId(exchange, operation)));
            case delete -> delete(exchange, modelId(exchange, operation));
            case update -> callForBody(exchange, api().models().update(modelId(exchange, operation), update(exchange)));
            case archive -> callForBody(exchange, api().models().archive(modelId(exchange, operation)));
            case unarchive -> callForBody(exchange, api().models().unarchive(modelId(exchange, operation)));
        };
    }

    /** {@code GET /v1/models} is not paginated; {@code fineTunedOnly} filters here, the API has no such filter. */
    private CompletionStage<?> list(Exchange exchange) {
        // unlike the model triggers, listing shows every model unless asked otherwise
        boolean fineTunedOnly = Boolean.TRUE.equals(config().getFineTunedOnly());
        return api().models().list().thenAccept(answer -> {
            List<ModelCard> models = fineTunedOnly
                    ? answer.body().data().stream().filter(ModelCard::isFineTuned).toList()
                    : answer.body().data();
            exchange.getMessage().setBody(models);
            exchange.getMessage().setHeader(MistralConstants.TOTAL, models.size());
            writeRequestId(exchange.getMessage(), answer.requestId());
        });
    }

    /**
     * The model an operation works on: the {@code CamelMistralModelId} header, else the {@code modelId} option, else
     * the id of a model in the body (so list + split can be passed straight on).
     */
    private String modelId(Exchange exchange, Operation operation) {
        String configured = config().getModelId();
        if (configured == null && exchange.getMessage().getBody() instanceof FineTunedModel model) {
            configured = model.id();
        }
        return requiredId(exchange, MistralConstants.MODEL_ID, configured, "modelId", operation.name(),
                ModelCard.class, ModelCard::id);
    }

    /** Base models cannot be deleted: the API's bare 403 is turned into a message that says so. */
    private CompletionStage<?> delete(Exchange exchange, String id) {
        return api().models().delete(id)
                .handle((answer, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(explainForbiddenDelete(id, Futures.unwrap(failure)));
                    }
                    exchange.getMessage().setBody(answer.body());
                    writeResponseHeaders(exchange.getMessage(), answer, null, null);
                    return null;
                });
    }

    private static Throwable explainForbiddenDelete(String id, Throwable failure) {
        if (!(failure instanceof MistralApiException e) || e.getStatusCode() != 403) {
            return failure;
        }
        String explanation = "only fine-tuned models can be deleted, and only by their workspace: '" + id
                             + "' is a base model or not yours"
                             + (e.getErrorMessage() != null ? " (the API says: " + e.getErrorMessage() + ")" : "");
        return new MistralApiException(e.getMethod(), e.getPath(), e.getStatusCode(),
                new ApiError(e.getErrorType(), e.getErrorCode(), explanation), e.getRequestId(), e.getResponseBody(), e);
    }

    /**
     * The new name and description: a {@link ModelUpdate} or {@code Map} body, else the {@code modelName} and
     * {@code modelDescription} options.
     */
    private ModelUpdate update(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        ModelUpdate update;
        if (body instanceof ModelUpdate given) {
            update = given;
        } else if (body instanceof Map<?, ?> map) {
            if (!UPDATE_KEYS.containsAll(map.keySet())) {
                throw new IllegalArgumentException(action() + " update takes a Map body with the keys " + UPDATE_KEYS
                                                   + " only, but got " + map.keySet());
            }
            update = new ModelUpdate(text(map.get("name")), text(map.get("description")));
        } else {
            update = new ModelUpdate(config().getModelName(), config().getModelDescription());
        }
        if (update.name() == null && update.description() == null) {
            throw new IllegalArgumentException(action() + " update needs a new name or description: a ModelUpdate body, "
                                               + "a Map body with name and/or description, or the modelName and "
                                               + "modelDescription options");
        }
        return update;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
