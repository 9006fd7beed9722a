package io.github.camelmistral.api.classifiers;

import java.util.List;

import io.github.camelmistral.api.chat.ChatMessage;

/**
 * The body of {@code POST /v1/chat/moderations}: one conversation (an array of messages) or several (an array of such
 * arrays); one result comes back per conversation. The schema has no {@code metadata}.
 */
public record ChatModerationRequest(String model, Object input) {

    public static ChatModerationRequest of(String model, List<ChatMessage> conversation) {
        return new ChatModerationRequest(model, List.copyOf(conversation));
    }

    public static ChatModerationRequest ofAll(String model, List<List<ChatMessage>> conversations) {
        return new ChatModerationRequest(model, List.copyOf(conversations));
    }
}
