package io.github.camelmistral.api.conversations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The entries of a conversation, oldest first: all of them ({@code GET .../history}, {@code entries}) or its messages
 * only ({@code GET .../messages}, {@code messages}).
 */
public record ConversationHistory(
        String object,
        @JsonProperty("conversation_id") String conversationId,
        @JsonAlias("messages") List<ConversationEntry> entries) {

    public ConversationHistory {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
