package io.github.camelmistral.api.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The training settings of a fine-tuning job, sent on create and reported back on the job. Unset values are left out
 * so that the API applies its defaults; {@code fimRatio} applies to completion jobs only.
 */
public record Hyperparameters(
        @JsonProperty("training_steps") Integer trainingSteps,
        @JsonProperty("learning_rate") Double learningRate,
        @JsonProperty("weight_decay") Double weightDecay,
        @JsonProperty("warmup_fraction") Double warmupFraction,
        Double epochs,
        @JsonProperty("seq_len") Integer seqLen,
        @JsonProperty("fim_ratio") Double fimRatio) {

    /** No setting at all: the API's defaults ({@code hyperparameters} must still be sent). */
    public static Hyperparameters defaults() {
        return new Hyperparameters(null, null, null, null, null, null, null);
    }
}
