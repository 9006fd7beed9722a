package io.github.camelmistral.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Token accounting of one call, with the cached prompt tokens (as {@code prompt_tokens_details.cached_tokens} or, in
 * older answers, {@code num_cached_tokens}) and the seconds of audio of a transcription, when the API reports them.
 */
public record Usage(
        @JsonProperty("prompt_tokens") Integer promptTokens,
        @JsonProperty("completion_tokens") Integer completionTokens,
        @JsonProperty("total_tokens") Integer totalTokens,
        @JsonProperty("prompt_tokens_details") PromptTokensDetails promptTokensDetails,
        @JsonProperty("num_cached_tokens") Integer numCachedTokens,
        @JsonProperty("prompt_audio_seconds") Integer promptAudioSeconds) {

    public Usage(Integer promptTokens, Integer completionTokens, Integer totalTokens) {
        this(promptTokens, completionTokens, totalTokens, null, null, null);
    }

    /** The prompt tokens served from the cache, or null when the API did not say. */
    @JsonIgnore
    public Integer cachedTokens() {
        if (promptTokensDetails != null && promptTokensDetails.cachedTokens() != null) {
            return promptTokensDetails.cachedTokens();
        }
        return numCachedTokens;
    }

    public record PromptTokensDetails(@JsonProperty("cached_tokens") Integer cachedTokens) {
    }
}
