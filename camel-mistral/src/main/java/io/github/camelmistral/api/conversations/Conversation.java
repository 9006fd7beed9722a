package io.github.camelmistral.api.conversations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A stored conversation, with a model ({@code model}, {@code instructions}, {@code tools}) or with an agent
 * ({@code agentId}, {@code agentVersion}). Its {@code createdAt} and {@code updatedAt} are ISO-8601 strings.
 */
public record Conversation(
        String object,
        String id,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        String model,
        String instructions,
        List<Map<String, Object>> tools,
        @JsonProperty("completion_args") Map<String, Object> completionArgs,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("agent_version") Object agentVersion,
        String name,
        String description,
        Map<String, Object> metadata) {
}
