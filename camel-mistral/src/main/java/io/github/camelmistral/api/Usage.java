package io.github.camelmistral.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Token accounting of one call. Extra counters the API adds (cached tokens, audio seconds) are ignored. */
public record Usage(
        @JsonProperty("prompt_tokens") Integer promptTokens,
        @JsonProperty("completion_tokens") Integer completionTokens,
        @JsonProperty("total_tokens") Integer totalTokens) {
}
