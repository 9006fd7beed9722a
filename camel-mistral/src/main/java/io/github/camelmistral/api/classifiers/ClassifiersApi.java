package io.github.camelmistral.api.classifiers;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;

/** Moderation and classification, of texts and of conversations. */
public final class ClassifiersApi {

    static final String MODERATIONS = "/v1/moderations";
    static final String CHAT_MODERATIONS = "/v1/chat/moderations";
    static final String CLASSIFICATIONS = "/v1/classifications";
    static final String CHAT_CLASSIFICATIONS = "/v1/chat/classifications";

    private final MistralClient client;

    public ClassifiersApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<ModerationResponse>> moderate(ClassificationRequest request) {
        return client.post(MODERATIONS, request, ModerationResponse.class);
    }

    public CompletableFuture<MistralResponse<ModerationResponse>> moderateChat(ChatModerationRequest request) {
        return client.post(CHAT_MODERATIONS, request, ModerationResponse.class);
    }

    public CompletableFuture<MistralResponse<ClassificationResponse>> classify(ClassificationRequest request) {
        return client.post(CLASSIFICATIONS, request, ClassificationResponse.class);
    }

    public CompletableFuture<MistralResponse<ClassificationResponse>> classifyChat(ChatClassificationRequest request) {
        return client.post(CHAT_CLASSIFICATIONS, request, ClassificationResponse.class);
    }
}
