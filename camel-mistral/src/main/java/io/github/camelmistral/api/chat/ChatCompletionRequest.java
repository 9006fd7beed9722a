package io.github.camelmistral.api.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /v1/chat/completions}. Only fields of the official schema exist here, so nothing the API
 * would reject with 422 can be sent; unset fields are left out of the JSON.
 */
public record ChatCompletionRequest(
        String model,
        List<ChatMessage> messages,
        Double temperature,
        @JsonProperty("top_p") Double topP,
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
        @JsonProperty("prompt_mode") String promptMode,
        @JsonProperty("reasoning_effort") String reasoningEffort,
        List<Map<String, Object>> guardrails,
        @JsonProperty("prompt_cache_key") String promptCacheKey,
        @JsonProperty("safe_prompt") Boolean safePrompt) {

    public ChatCompletionRequest {
        messages = messages == null ? null : List.copyOf(messages);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder prefilled with this request, to change a few fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.messages = messages;
        b.temperature = temperature;
        b.topP = topP;
        b.maxTokens = maxTokens;
        b.stream = stream;
        b.stop = stop;
        b.randomSeed = randomSeed;
        b.metadata = metadata;
        b.responseFormat = responseFormat;
        b.tools = tools;
        b.toolChoice = toolChoice;
        b.presencePenalty = presencePenalty;
        b.frequencyPenalty = frequencyPenalty;
        b.n = n;
        b.prediction = prediction;
        b.parallelToolCalls = parallelToolCalls;
        b.promptMode = promptMode;
        b.reasoningEffort = reasoningEffort;
        b.guardrails = guardrails;
        b.promptCacheKey = promptCacheKey;
        b.safePrompt = safePrompt;
        return b;
    }

    public static final class Builder {
        private String model;
        private List<ChatMessage> messages;
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private Boolean stream;
        private Object stop;
        private Integer randomSeed;
        private Map<String, Object> metadata;
        private ResponseFormat responseFormat;
        private List<Map<String, Object>> tools;
        private Object toolChoice;
        private Double presencePenalty;
        private Double frequencyPenalty;
        private Integer n;
        private Map<String, Object> prediction;
        private Boolean parallelToolCalls;
        private String promptMode;
        private String reasoningEffort;
        private List<Map<String, Object>> guardrails;
        private String promptCacheKey;
        private Boolean safePrompt;

        private Builder() {
        }

        public Builder model(String v) { model = v; return this; }
        public Builder messages(List<ChatMessage> v) { messages = v; return this; }
        public Builder temperature(Double v) { temperature = v; return this; }
        public Builder topP(Double v) { topP = v; return this; }
        public Builder maxTokens(Integer v) { maxTokens = v; return this; }
        public Builder stream(Boolean v) { stream = v; return this; }
        public Builder stop(Object v) { stop = v; return this; }
        public Builder randomSeed(Integer v) { randomSeed = v; return this; }
        public Builder metadata(Map<String, Object> v) { metadata = v; return this; }
        public Builder responseFormat(ResponseFormat v) { responseFormat = v; return this; }
        public Builder tools(List<Map<String, Object>> v) { tools = v; return this; }
        public Builder toolChoice(Object v) { toolChoice = v; return this; }
        public Builder presencePenalty(Double v) { presencePenalty = v; return this; }
        public Builder frequencyPenalty(Double v) { frequencyPenalty = v; return this; }
        public Builder n(Integer v) { n = v; return this; }
        public Builder prediction(Map<String, Object> v) { prediction = v; return this; }
        public Builder parallelToolCalls(Boolean v) { parallelToolCalls = v; return this; }
        public Builder promptMode(String v) { promptMode = v; return this; }
        public Builder reasoningEffort(String v) { reasoningEffort = v; return this; }
        public Builder guardrails(List<Map<String, Object>> v) { guardrails = v; return this; }
        public Builder promptCacheKey(String v) { promptCacheKey = v; return this; }
        public Builder safePrompt(Boolean v) { safePrompt = v; return this; }

        public ChatCompletionRequest build() {
            return new ChatCompletionRequest(model, messages, temperature, topP, maxTokens, stream, stop, randomSeed,
                    metadata, responseFormat, tools, toolChoice, presencePenalty, frequencyPenalty, n, prediction,
                    parallelToolCalls, promptMode, reasoningEffort, guardrails, promptCacheKey, safePrompt);
        }
    }
}
