package io.github.camelmistral.producer;

import java.util.List;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.chat.ChatCompletionRequest;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.ContentChunk;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;

/**
 * {@code mistral:analyzeImage}: asks a vision model about the image in the body; the answer text comes back as the body.
 */
public class AnalyzeImageProducer extends ChatProducer {

    public AnalyzeImageProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected boolean returnsConversation() {
        // the conversation would carry the whole image as base64 in a header
        return false;
    }

    @Override
    protected ChatCompletionRequest request(Exchange exchange) {
        String imageUrl;
        try {
            imageUrl = ImageBodies.toImageUrl(action(), exchange, config().getImageMediaType());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeCamelException(action() + " could not read the image body: " + e.getMessage(), e);
        }
        String prompt = option(exchange, MistralConstants.PROMPT, String.class, config().getPrompt());
        ChatMessage user = ChatMessage.user(List.of(ContentChunk.text(prompt), ContentChunk.imageUrl(imageUrl)));
        return sampled(exchange, withSystemMessage(exchange, List.of(user)));
    }
}
