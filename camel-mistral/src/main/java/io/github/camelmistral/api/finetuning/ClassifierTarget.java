package io.github.camelmistral.api.finetuning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A target of a classifier fine-tuning job: a named set of labels, its weight and loss function. */
public record ClassifierTarget(
        String name,
        List<String> labels,
        Double weight,
        @JsonProperty("loss_function") String lossFunction) {
}
