package io.github.camelmistral.api.conversations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a conversation, whatever its {@code type}: {@code message.input}, {@code message.output},
 * {@code function.call}, {@code function.result}, {@code tool.execution} or {@code agent.handoff}. Fields that a type
 * does not have are null.
 *
 * @param content   a {@code String}, or a list of content chunks ({@code {"type":"text","text":...}}, tool references,
 *                  ...) as {@code Map}s
 * @param arguments the arguments of a {@code function.call} or {@code tool.execution} (a JSON string or an object)
 */
public record ConversationEntry(
        String object,
        String type,
        String id,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("completed_at") String completedAt,
        String role,
        Object content,
        String model,
        @JsonProperty("agent_id") String agentId,
        String name,
        Object arguments,
        @JsonProperty("tool_call_id") String toolCallId,
        Object result,
        Map<String, Object> info) {

    public static final String MESSAGE_OUTPUT = "message.output";

    /** The text of the entry's content: the string, or its text chunks joined; empty when it has none. */
    @JsonIgnore
    public String text() {
        if (content instanceof String text) {
            return text;
        }
        StringBuilder text = new StringBuilder();
        if (content instanceof List<?> chunks) {
            for (Object chunk : chunks) {
                if (chunk instanceof Map<?, ?> map && "text".equals(map.get("type")) && map.get("text") != null) {
                    text.append(map.get("text"));
                }
            }
        }
        return text.toString();
    }
}
