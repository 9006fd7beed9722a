package io.github.camelmistral.api.fim;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.chat.ChatCompletionResponse;

/** Fill-in-the-middle completions ({@code /v1/fim/completions}); the answer has the shape of a chat completion. */
public final class FimApi {

    static final String COMPLETIONS = "/v1/fim/completions";

    private final MistralClient client;

    public FimApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<ChatCompletionResponse>> complete(FimCompletionRequest request) {
        return client.post(COMPLETIONS, request, ChatCompletionResponse.class);
    }
}
