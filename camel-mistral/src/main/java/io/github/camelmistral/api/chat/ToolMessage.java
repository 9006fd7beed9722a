package io.github.camelmistral.api.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The result of a tool call, answering the assistant's call with the same {@code toolCallId}. */
public record ToolMessage(
        Object content,
        @JsonProperty("tool_call_id") String toolCallId,
        String name) implements ChatMessage {

    @Override
    public String role() {
        return "tool";
    }
}
