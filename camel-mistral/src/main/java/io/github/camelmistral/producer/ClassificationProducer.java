package io.github.camelmistral.producer;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.classifiers.ChatClassificationRequest;
import io.github.camelmistral.api.classifiers.ClassificationRequest;
import io.github.camelmistral.api.classifiers.ClassificationResponse.TargetResult;
import io.github.camelmistral.api.classifiers.ClassificationResponse;
import org.apache.camel.Exchange;

/**
 * {@code mistral:classification}: classifies texts ({@code /v1/classifications}) or conversations
 * ({@code /v1/chat/classifications}) with a fine-tuned classifier. The body comes back per input as a map from each
 * target of the classifier to its label scores.
 */
public class ClassificationProducer extends ClassifierProducer<Map<String, TargetResult>, ClassificationResponse> {

    public ClassificationProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    /** Classifiers are fine-tuned per workspace, so there is no default model to fall back on. */
    @Override
    protected String model(Exchange exchange) {
        String model = super.model(exchange);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(action() + " needs a model: set the model option or the "
                                               + MistralConstants.MODEL + " header to the id of a fine-tuned classifier "
                                               + "(ft:classifier:...); there is no default");
        }
        return model;
    }

    @Override
    protected CompletableFuture<MistralResponse<ClassificationResponse>> classifyTexts(ClassificationRequest request) {
        return api().classifiers().classify(request);
    }

    @Override
    protected CompletableFuture<MistralResponse<ClassificationResponse>> classifyConversations(String model,
                                                                                               ClassifierInput input) {
        // unlike chat moderation, each conversation is wrapped in {"messages": [...]}
        return api().classifiers().classifyChat(input.single()
                ? ChatClassificationRequest.of(model, input.conversations().get(0))
                : ChatClassificationRequest.ofAll(model, input.conversations()));
    }
}
