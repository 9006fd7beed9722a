package io.github.camelmistral.api.chat;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;

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
}
