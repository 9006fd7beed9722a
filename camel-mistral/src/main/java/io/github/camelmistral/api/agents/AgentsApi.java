package io.github.camelmistral.api.agents;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.chat.ChatCompletionResponse;

/** Agents: completions by an agent ({@code /v1/agents/completions}). */
public final class AgentsApi {

    static final String COMPLETIONS = "/v1/agents/completions";

    private final MistralClient client;

    public AgentsApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<ChatCompletionResponse>> complete(AgentsCompletionRequest request) {
        return client.post(COMPLETIONS, request, ChatCompletionResponse.class);
    }
}
