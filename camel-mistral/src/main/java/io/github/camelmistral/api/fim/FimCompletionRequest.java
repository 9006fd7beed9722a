package io.github.camelmistral.api.fim;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /v1/fim/completions}: complete the code between {@code prompt} and {@code suffix}. */
public record FimCompletionRequest(
        String model,
        String prompt,
        String suffix,
        Double temperature,
        @JsonProperty("top_p") Double topP,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("min_tokens") Integer minTokens,
        Boolean stream,
        Object stop,
        @JsonProperty("random_seed") Integer randomSeed,
        Map<String, Object> metadata,
        @JsonProperty("prompt_cache_key") String promptCacheKey) {
}
