package io.github.camelmistral.api.conversations;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.ArrayPagedList;
import io.github.camelmistral.api.Listing;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.stream.TextStream;

/**
 * Conversations ({@code /v1/conversations}, beta): server-side memory for model and agent conversations. A turn
 * (start, append, restart) adds entries, so it is never retried once the API may have acted on it.
 */
public final class ConversationsApi {

    static final String CONVERSATIONS = "/v1/conversations";

    private final MistralClient client;

    public ConversationsApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<ConversationResponse>> start(ConversationRequest request) {
        return client.call(ApiCall.post(CONVERSATIONS, request).creating(), ConversationResponse.class);
    }

    public CompletableFuture<MistralResponse<ConversationResponse>> append(String id, ConversationAppendRequest request) {
        return client.call(ApiCall.post(ApiPaths.resource(CONVERSATIONS, id), request).creating(),
                ConversationResponse.class);
    }

    public CompletableFuture<MistralResponse<ConversationResponse>> restart(String id, ConversationRestartRequest request) {
        return client.call(ApiCall.post(ApiPaths.resource(CONVERSATIONS, id, "restart"), request).creating(),
                ConversationResponse.class);
    }

    /**
     * {@link #start} with {@code stream: true}: the turn's {@code message.output.delta} text as a {@link TextStream}
     * that starts as soon as the API answers (see {@link ConversationStreamDecoder}).
     */
    public CompletableFuture<MistralResponse<TextStream>> startStream(ConversationRequest request, Duration idleTimeout) {
        return client.stream(ApiCall.post(CONVERSATIONS, request).creating(), new ConversationStreamDecoder(
                "POST", CONVERSATIONS), idleTimeout);
    }

    /** {@link #append} with {@code stream: true}. */
    public CompletableFuture<MistralResponse<TextStream>> appendStream(String id, ConversationAppendRequest request,
                                                                       Duration idleTimeout) {
        String path = ApiPaths.resource(CONVERSATIONS, id);
        return client.stream(ApiCall.post(path, request).creating(), new ConversationStreamDecoder("POST", path),
                idleTimeout);
    }

    /**
     * {@link #appendStream} for a thread that blocks until the answer starts (the reader of a streamed tool loop
     * sending the function results); see {@link MistralClient#streamAndWait}.
     */
    public MistralResponse<TextStream> appendStreamAndWait(String id, ConversationAppendRequest request,
                                                           Duration idleTimeout)
            throws MistralApiException, MistralConnectionException {
        String path = ApiPaths.resource(CONVERSATIONS, id);
        return client.streamAndWait(ApiCall.post(path, request).creating(), new ConversationStreamDecoder("POST", path),
                idleTimeout);
    }

    /** {@link #restart} with {@code stream: true}. */
    public CompletableFuture<MistralResponse<TextStream>> restartStream(String id, ConversationRestartRequest request,
                                                                        Duration idleTimeout) {
        String path = ApiPaths.resource(CONVERSATIONS, id, "restart");
        return client.stream(ApiCall.post(path, request).creating(), new ConversationStreamDecoder("POST", path),
                idleTimeout);
    }

    /** The conversations, newest first; the API answers a bare array, so paging ends at the first short page. */
    public Listing<Conversation> list() {
        return new ArrayPagedList<>(client, CONVERSATIONS, new QueryParameters(), Conversation.class);
    }

    public CompletableFuture<MistralResponse<Conversation>> get(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(CONVERSATIONS, id)), Conversation.class);
    }

    /** Deletes the conversation; the API answers 204, so the body is null. */
    public CompletableFuture<MistralResponse<Void>> delete(String id) {
        return client.call(ApiCall.delete(ApiPaths.resource(CONVERSATIONS, id)), Void.class);
    }

    /** Every entry, oldest first: messages, tool executions, function calls and results, handoffs. */
    public CompletableFuture<MistralResponse<ConversationHistory>> history(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(CONVERSATIONS, id, "history")), ConversationHistory.class);
    }

    /** The {@code message.input} and {@code message.output} entries only, oldest first. */
    public CompletableFuture<MistralResponse<ConversationHistory>> messages(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(CONVERSATIONS, id, "messages")), ConversationHistory.class);
    }
}
