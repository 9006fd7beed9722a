package io.github.camelmistral.producer;

import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.fim.FimCompletionRequest;
import org.apache.camel.Exchange;

/**
 * {@code mistral:fim}: fill-in-the-middle code completion. The body is the code before the gap, {@code suffix} the code
 * after it; the generated middle comes back as the body.
 */
public class FimProducer extends CompletionProducer {

    public FimProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof CharSequence prompt)) {
            throw new IllegalArgumentException(action() + " expects the body to be a String (the code before the gap), "
                                               + "but got " + (body == null ? "no body" : body.getClass().getName()));
        }
        FimCompletionRequest request = new FimCompletionRequest(
                model(exchange),
                prompt.toString(),
                option(exchange, MistralConstants.SUFFIX, String.class, config().getSuffix()),
                temperature(exchange),
                topP(exchange),
                maxTokens(exchange),
                config().getMinTokens(),
                streaming() ? Boolean.TRUE : null,
                stop(exchange),
                randomSeed(exchange),
                metadata(exchange),
                promptCacheKey(exchange));
        if (streaming()) {
            return api().fim().stream(request, streamIdleTimeout()).thenAccept(answer -> writeStream(exchange, answer));
        }
        return api().fim().complete(request)
                .thenAccept(answer -> writeCompletion(exchange, answer));
    }
}
