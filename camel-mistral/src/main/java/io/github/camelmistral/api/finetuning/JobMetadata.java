package io.github.camelmistral.api.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The estimates the API attaches to a fine-tuning job: duration, cost, tokens, expected start (Unix seconds). */
public record JobMetadata(
        @JsonProperty("expected_duration_seconds") Long expectedDurationSeconds,
        Double cost,
        @JsonProperty("cost_currency") String costCurrency,
        @JsonProperty("train_tokens_per_step") Long trainTokensPerStep,
        @JsonProperty("train_tokens") Long trainTokens,
        @JsonProperty("data_tokens") Long dataTokens,
        @JsonProperty("estimated_start_time") Long estimatedStartTime) {
}
