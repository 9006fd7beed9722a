package io.github.camelmistral.api.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A checkpoint of a detailed fine-tuning job: the metrics at a training step. */
public record Checkpoint(
        Metrics metrics,
        @JsonProperty("step_number") Integer stepNumber,
        @JsonProperty("created_at") Long createdAt) {

    /** Losses and accuracy at the step; the validation values need validation files. */
    public record Metrics(
            @JsonProperty("train_loss") Double trainLoss,
            @JsonProperty("valid_loss") Double validLoss,
            @JsonProperty("valid_mean_token_accuracy") Double validMeanTokenAccuracy) {
    }
}
