package io.github.camelmistral.producer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.model.classifiers.ChatModerationRequest;
import io.github.camelmistral.api.model.classifiers.ModerationResponse;
import io.github.camelmistral.api.model.classifiers.ModerationResult;
import org.apache.camel.Message;

/**
 * {@code mistral:moderation}: moderates texts ({@code /v1/moderations}) or conversations ({@code /v1/chat/moderations}).
 * The body comes back as a {@link ModerationResult} per input, and {@code CamelMistralFlagged} tells whether any category
 * of any input is flagged.
 */
public class ModerationProducer extends ClassifierProducer<ModerationResult, ModerationResponse> {

    public ModerationProducer(MistralEndpoint endpoint) {
        super(endpoint, "/v1/moderations", "/v1/chat/moderations", ModerationResponse.class);
    }

    @Override
    protected Object chatRequest(String model, ClassifierInput input) {
        // one conversation is an array of messages, several an array of such arrays
        return input.single()
                ? ChatModerationRequest.of(model, input.conversations().get(0))
                : ChatModerationRequest.ofAll(model, input.conversations());
    }

    @Override
    protected void writeHeaders(Message message, ModerationResponse answer) {
        message.setHeader(MistralConstants.FLAGGED, answer.flagged());
        CompletionProducer.setUsage(message, answer.usage());
    }
}
