package io.github.camelmistral.api.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A previous reply of the model, sent back to continue a conversation. {@code prefix=true} on the last message makes
 * the model start its reply with this content.
 */
public record AssistantMessage(
        Object content,
        @JsonProperty("tool_calls") List<ToolCall> toolCalls,
        Boolean prefix) implements ChatMessage {

    @Override
    public String role() {
        return "assistant";
    }
}
