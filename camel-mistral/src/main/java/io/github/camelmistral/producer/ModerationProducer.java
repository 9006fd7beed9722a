package io.github.camelmistral.producer;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.classifiers.ChatModerationRequest;
import io.github.camelmistral.api.classifiers.ClassificationRequest;
import io.github.camelmistral.api.classifiers.ModerationResponse;
import io.github.camelmistral.api.classifiers.ModerationResult;
import org.apache.camel.Message;

/**
 * {@code mistral:moderation}: moderates texts ({@code /v1/moderations}) or conversations ({@code /v1/chat/moderations}).
 * The body comes back as a {@link ModerationResult} per input, and {@code CamelMistralFlagged} tells whether any category
 * of any input is flagged.
 */
public class ModerationProducer extends ClassifierProducer<ModerationResult, ModerationResponse> {

    public ModerationProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<MistralResponse<ModerationResponse>> classifyTexts(ClassificationRequest request) {
        return api().classifiers().moderate(request);
    }

    @Override
    protected CompletableFuture<MistralResponse<ModerationResponse>> classifyConversations(String model,
                                                                                           ClassifierInput input) {
        // one conversation is an array of messages, several an array of such arrays
        return api().classifiers().moderateChat(input.single()
                ? ChatModerationRequest.of(model, input.conversations().get(0))
                : ChatModerationRequest.ofAll(model, input.conversations()));
    }

    @Override
    protected void writeHeaders(Message message, ModerationResponse answer) {
        message.setHeader(MistralConstants.FLAGGED, answer.flagged());
        CompletionProducer.setUsage(message, answer.usage());
    }
}
