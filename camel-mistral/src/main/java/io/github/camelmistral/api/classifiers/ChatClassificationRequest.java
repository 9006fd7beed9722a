package io.github.camelmistral.api.classifiers;

import java.util.List;

import io.github.camelmistral.api.chat.ChatMessage;

/**
 * The body of {@code POST /v1/chat/classifications}. Unlike chat moderation, each conversation must be wrapped in an
 * object with a {@code messages} key: {@code input} is one {@link InstructRequest} or a list of them. A bare array of
 * messages fails with 422.
 */
public record ChatClassificationRequest(String model, Object input) {

    public static ChatClassificationRequest of(String model, List<ChatMessage> conversation) {
        return new ChatClassificationRequest(model, new InstructRequest(conversation));
    }

    public static ChatClassificationRequest ofAll(String model, List<List<ChatMessage>> conversations) {
        return new ChatClassificationRequest(model, conversations.stream().map(InstructRequest::new).toList());
    }

    /** The wrapper of one conversation. */
    public record InstructRequest(List<ChatMessage> messages) {

        public InstructRequest {
            messages = List.copyOf(messages);
        }
    }
}
