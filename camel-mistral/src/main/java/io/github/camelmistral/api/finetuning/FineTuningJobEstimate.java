package io.github.camelmistral.api.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of a dry-run create ({@code dry_run=true}): what the job would cost and take, without creating it.
 */
public record FineTuningJobEstimate(
        String object,
        @JsonProperty("expected_duration_seconds") Long expectedDurationSeconds,
        Double cost,
        @JsonProperty("cost_currency") String costCurrency,
        @JsonProperty("train_tokens_per_step") Long trainTokensPerStep,
        @JsonProperty("train_tokens") Long trainTokens,
        @JsonProperty("data_tokens") Long dataTokens,
        @JsonProperty("estimated_start_time") Long estimatedStartTime,
        Double epochs,
        @JsonProperty("training_steps") Integer trainingSteps,
        String details,
        Boolean deprecated) {
}
