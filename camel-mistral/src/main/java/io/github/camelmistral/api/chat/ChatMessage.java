package io.github.camelmistral.api.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One message of a conversation, discriminated on the wire by {@code role}. Each role has its own type because the API
 * rejects any field that role's schema does not list (a {@code name} on a user message, say).
 */
// EXISTING_PROPERTY: each message writes its own role, so it is on the wire even inside Object-typed fields
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "role")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SystemMessage.class, name = "system"),
        @JsonSubTypes.Type(value = UserMessage.class, name = "user"),
        @JsonSubTypes.Type(value = AssistantMessage.class, name = "assistant"),
        @JsonSubTypes.Type(value = ToolMessage.class, name = "tool") })
public sealed interface ChatMessage permits SystemMessage, UserMessage, AssistantMessage, ToolMessage {

    /** The message's role as the API names it. */
    @JsonProperty("role")
    String role();

    /** The content: a {@code String}, a list of {@link ContentChunk}s (or equivalent maps), or null. */
    Object content();

    static SystemMessage system(String text) {
        return new SystemMessage(text);
    }

    static UserMessage user(String text) {
        return new UserMessage(text);
    }

    static UserMessage user(List<ContentChunk> chunks) {
        return new UserMessage(chunks);
    }

    static AssistantMessage assistant(String text) {
        return new AssistantMessage(text, null, null);
    }
}
