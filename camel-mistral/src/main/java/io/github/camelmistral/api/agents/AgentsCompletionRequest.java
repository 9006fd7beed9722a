package io.github.camelmistral.api.agents;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.ResponseFormat;

/**
 * The body of {@code POST /v1/agents/completions}. The agent holds its model and sampling settings, so {@code model},
 * {@code temperature}, {@code top_p} and {@code safe_prompt} do not exist here (the API answers 422 to them).
 */
public record AgentsCompletionRequest(
        @JsonProperty("agent_id") String agentId,
        List<ChatMessage> messages,
        @JsonProperty("max_tokens") Integer maxTokens,
        Boolean stream,
        Object stop,
        @JsonProperty("random_seed") Integer randomSeed,
        Map<String, Object> metadata,
        @JsonProperty("response_format") ResponseFormat responseFormat,
        List<Map<String, Object>> tools,
        @JsonProperty("tool_choice") Object toolChoice,
        @JsonProperty("presence_penalty") Double presencePenalty,
        @JsonProperty("frequency_penalty") Double frequencyPenalty,
        Integer n,
        Map<String, Object> prediction,
        @JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
        @JsonProperty("reasoning_effort") String reasoningEffort,
        @JsonProperty("prompt_cache_key") String promptCacheKey,
        @JsonProperty("prompt_mode") String promptMode) {

    public AgentsCompletionRequest {
        messages = messages == null ? null : List.copyOf(messages);
    }
}
