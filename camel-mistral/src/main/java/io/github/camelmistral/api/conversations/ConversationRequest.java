package io.github.camelmistral.api.conversations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Starts a conversation ({@code POST /v1/conversations}): with a model (and its {@code instructions} and {@code tools})
 * or with an agent ({@code agentId}, optionally {@code agentVersion}: a number or an alias), never both.
 *
 * @param inputs      the user's text, or a list of input entries ({@code message.input}, {@code function.result}, ...)
 * @param tools       built-in tools such as {@code {"type":"web_search"}} or
 *                    {@code {"type":"document_library","library_ids":[...]}}
 *                    or function tools {@code {"type":"function","function":{name, description, parameters}}}
 * @param agentVersion a version number ({@code Integer}) or an alias ({@code String})
 * @param stream      true for the events of the turn as a stream; null otherwise
 */
public record ConversationRequest(
        Object inputs,
        Boolean store,
        @JsonProperty("handoff_execution") String handoffExecution,
        String instructions,
        List<Map<String, Object>> tools,
        @JsonProperty("completion_args") CompletionArgs completionArgs,
        String name,
        String description,
        Map<String, Object> metadata,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("agent_version") Object agentVersion,
        String model,
        Boolean stream) {

    public ConversationRequest {
        tools = tools == null || tools.isEmpty() ? null : List.copyOf(tools);
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }
}
