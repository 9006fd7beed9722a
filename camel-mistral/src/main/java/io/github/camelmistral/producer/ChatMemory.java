package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.SystemMessage;
import io.github.camelmistral.api.chat.ToolMessage;
import org.apache.camel.spi.StateRepository;

/**
 * Client-side memory of chat conversations, by {@code CamelMistralMemoryId}: the earlier messages of a conversation
 * (at most {@code maxHistoryMessages}, system messages aside) are put before the new ones, and the conversation after
 * the answer is kept for the next exchange. Trimming starts at the oldest message and never leaves a {@code tool}
 * result without the assistant message that asked for it. Stored as JSON in a Camel {@link StateRepository}.
 */
final class ChatMemory {

    private static final JavaType MESSAGES = MistralJson.mapper().getTypeFactory()
            .constructCollectionType(List.class, ChatMessage.class);

    private final StateRepository<String, String> repository;
    private final int maxHistoryMessages;

    ChatMemory(StateRepository<String, String> repository, int maxHistoryMessages) {
        this.repository = repository;
        this.maxHistoryMessages = maxHistoryMessages;
    }

    /** The conversation to send: the new system message (else none), the kept history, then the new messages. */
    List<ChatMessage> withHistory(String memoryId, List<ChatMessage> messages) {
        List<ChatMessage> history = load(memoryId);
        if (history.isEmpty()) {
            return messages;
        }
        List<ChatMessage> all = new ArrayList<>(history.size() + messages.size());
        messages.stream().filter(SystemMessage.class::isInstance).findFirst().ifPresent(all::add);
        all.addAll(history);
        messages.stream().filter(message -> !(message instanceof SystemMessage)).forEach(all::add);
        return all;
    }

    /** Keeps the conversation after an answer, without its system message, trimmed. */
    void remember(String memoryId, List<ChatMessage> conversation) {
        List<ChatMessage> kept = trimmed(conversation.stream().filter(m -> !(m instanceof SystemMessage)).toList());
        try {
            repository.setState(key(memoryId), MistralJson.mapper().writerFor(MESSAGES).writeValueAsString(kept));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot store the memory " + memoryId + ": " + e.getMessage(), e);
        }
    }

    private List<ChatMessage> load(String memoryId) {
        String json = repository.getState(key(memoryId));
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return trimmed(MistralJson.mapper().readValue(json, MESSAGES));
        } catch (Exception e) {
            throw new IllegalStateException("The memory " + memoryId + " cannot be read: " + e.getMessage(), e);
        }
    }

    private List<ChatMessage> trimmed(List<ChatMessage> messages) {
        int from = Math.max(0, messages.size() - maxHistoryMessages);
        while (from < messages.size() && messages.get(from) instanceof ToolMessage) {
            from++; // its assistant message with the tool calls was cut: drop the orphaned results too
        }
        return List.copyOf(messages.subList(from, messages.size()));
    }

    private static String key(String memoryId) {
        return "mistral:memory:" + memoryId;
    }
}
