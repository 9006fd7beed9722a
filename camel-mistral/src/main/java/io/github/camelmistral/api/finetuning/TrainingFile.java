package io.github.camelmistral.api.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A training file of a fine-tuning job request, with its optional sampling weight (default 1). */
public record TrainingFile(@JsonProperty("file_id") String fileId, Double weight) {

    public static TrainingFile of(String fileId) {
        return new TrainingFile(fileId, null);
    }
}
