package io.github.camelmistral.api.chat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatStreamDecoder;
import io.github.camelmistral.api.stream.TextStream;

/** Chat completions ({@code /v1/chat/completions}). */
public final class ChatApi {

    static final String COMPLETIONS = "/v1/chat/completions";

    private final MistralClient client;

    public ChatApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<ChatCompletionResponse>> complete(ChatCompletionRequest request) {
        return client.post(COMPLETIONS, request, ChatCompletionResponse.class);
    }

    /**
     * The completion of a request with {@code stream: true}, as a {@link TextStream} of text deltas that starts as
     * soon as the API answers; its result holds the whole text, finish reason, usage, model and id at the end.
     */
    public CompletableFuture<MistralResponse<TextStream>> stream(ChatCompletionRequest request, Duration idleTimeout) {
        return client.stream(ApiCall.post(COMPLETIONS, request), new ChatStreamDecoder("POST", COMPLETIONS), idleTimeout);
    }

    /**
     * {@link #stream} for a thread that blocks until the answer starts (the reader of a streamed tool loop opening
     * its next round); see {@link MistralClient#streamAndWait}.
     */
    public MistralResponse<TextStream> streamAndWait(ChatCompletionRequest request, Duration idleTimeout)
            throws MistralApiException, MistralConnectionException {
        return client.streamAndWait(ApiCall.post(COMPLETIONS, request), new ChatStreamDecoder("POST", COMPLETIONS),
                idleTimeout);
    }
}
