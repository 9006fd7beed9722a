package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.ResponseFormat;
import io.github.camelmistral.structured.MistralStructuredOutputException;
import io.github.camelmistral.structured.OutputSchemas;
import io.github.camelmistral.structured.StructuredReplies;

/**
 * A completion whose reply must be an instance of {@code outputClass}: the class's strict schema is the response
 * format; a reply that does not fit is answered with the problem and asked for again, {@code retries} times at most.
 */
final class StructuredOutputCall {

    /** The answer that fitted, and the instance read from it. */
    record Outcome(MistralResponse<ChatCompletionResponse> answer, Object value) {
    }

    private final Class<?> type;
    private final int retries;
    private final Function<List<ChatMessage>, CompletableFuture<MistralResponse<ChatCompletionResponse>>> send;

    /** @param send sends a conversation with {@link #responseFormat(Class)} as its response format */
    StructuredOutputCall(Class<?> type, int retries,
                         Function<List<ChatMessage>, CompletableFuture<MistralResponse<ChatCompletionResponse>>> send) {
        this.type = type;
        this.retries = retries;
        this.send = send;
    }

    static ResponseFormat responseFormat(Class<?> type) {
        return ResponseFormat.jsonSchema(type.getSimpleName(), OutputSchemas.of(type), true);
    }

    CompletableFuture<Outcome> run(List<ChatMessage> messages) {
        return attempt(new ArrayList<>(messages), 1);
    }

    private CompletableFuture<Outcome> attempt(List<ChatMessage> conversation, int attempt) {
        return send.apply(List.copyOf(conversation)).thenCompose(answer -> {
            String reply = answer.body().text();
            StructuredReplies.Parsed parsed = StructuredReplies.parse(type, reply);
            if (parsed.problem() == null) {
                return CompletableFuture.completedFuture(new Outcome(answer, parsed.value()));
            }
            if (attempt > retries) {
                throw new CompletionException(new MistralStructuredOutputException(type, reply, attempt, parsed.problem()));
            }
            conversation.add(ChatMessage.assistant(reply == null ? "" : reply));
            conversation.add(ChatMessage.user("That reply cannot be used: " + parsed.problem() + ". Answer again with "
                                              + "only a JSON object that fits the schema."));
            return attempt(conversation, attempt + 1);
        });
    }
}
