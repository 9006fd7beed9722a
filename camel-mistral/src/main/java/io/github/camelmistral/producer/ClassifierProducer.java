package io.github.camelmistral.producer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.classifiers.ClassificationRequest;
import io.github.camelmistral.api.classifiers.ClassifierResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What moderation and classification share: the body is one or several texts or conversations (see
 * {@link ClassifierInput}); texts and conversations go to different endpoints; the result of one input comes back as the
 * body, those of several as a list in input order.
 *
 * @param <R> the result of one input
 * @param <A> the answer of the API
 */
abstract class ClassifierProducer<R, A extends ClassifierResponse<R>> extends MistralProducer {

    ClassifierProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        ClassifierInput input = ClassifierInput.of(action(), exchange.getMessage().getBody());
        String model = model(exchange);
        CompletableFuture<MistralResponse<A>> call = input.chat()
                ? classifyConversations(model, input) : classifyTexts(textRequest(model, input));
        return call.thenAccept(answer -> write(exchange, input, answer));
    }

    /** Sends texts to the action's endpoint for texts. */
    protected abstract CompletableFuture<MistralResponse<A>> classifyTexts(ClassificationRequest request);

    /** Sends conversations, whose request shape differs between moderation and classification. */
    protected abstract CompletableFuture<MistralResponse<A>> classifyConversations(String model, ClassifierInput input);

    /** Headers specific to the action, after the common ones are set. */
    protected void writeHeaders(Message message, A answer) {
    }

    private static ClassificationRequest textRequest(String model, ClassifierInput input) {
        return input.single() ? ClassificationRequest.of(model, input.texts().get(0)) : ClassificationRequest.of(model, input.texts());
    }

    private void write(Exchange exchange, ClassifierInput input, MistralResponse<A> answer) {
        List<R> results = answer.body().results() == null ? List.of() : answer.body().results();
        if (results.size() != input.size()) {
            // results are matched to inputs by position: a count mismatch would silently shift them
            throw new CompletionException(answer.malformed(
                    "the response has " + results.size() + " results for " + input.size() + " inputs"));
        }
        Message message = exchange.getMessage();
        message.setBody(input.single() ? results.get(0) : results);
        writeResponseHeaders(message, answer, answer.body().id(), answer.body().model());
        writeHeaders(message, answer.body());
    }
}
