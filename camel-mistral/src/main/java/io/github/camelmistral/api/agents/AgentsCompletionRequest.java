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

    /** This request for another conversation (the next round of a tool loop, a structured output retry). */
    public AgentsCompletionRequest withMessages(List<ChatMessage> newMessages) {
        return new AgentsCompletionRequest(agentId, newMessages, maxTokens, stream, stop, randomSeed, metadata,
                responseFormat, tools, toolChoice, presencePenalty, frequencyPenalty, n, prediction, parallelToolCalls,
                reasoningEffort, promptCacheKey, promptMode);
    }

    /** This request with the tools the agent may call besides its own, and how it may call them. */
    public AgentsCompletionRequest withTools(List<Map<String, Object>> newTools, Object newToolChoice,
                                             Boolean newParallelToolCalls) {
        return new AgentsCompletionRequest(agentId, messages, maxTokens, stream, stop, randomSeed, metadata,
                responseFormat, newTools == null || newTools.isEmpty() ? null : List.copyOf(newTools), newToolChoice,
                presencePenalty, frequencyPenalty, n, prediction, newParallelToolCalls, reasoningEffort, promptCacheKey,
                promptMode);
    }

    /** This request with another response format (the schema of structured output). */
    public AgentsCompletionRequest withResponseFormat(ResponseFormat format) {
        return new AgentsCompletionRequest(agentId, messages, maxTokens, stream, stop, randomSeed, metadata, format,
                tools, toolChoice, presencePenalty, frequencyPenalty, n, prediction, parallelToolCalls, reasoningEffort,
                promptCacheKey, promptMode);
    }
}
