package io.github.camelmistral.api.classifiers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The answer of {@code POST /v1/classifications} and {@code POST /v1/chat/classifications}: per text or conversation, a
 * map from each target of the classifier (as named when it was fine-tuned) to the scores of that target's labels.
 */
public record ClassificationResponse(String id, String model, List<Map<String, TargetResult>> results)
        implements ClassifierResponse<Map<String, ClassificationResponse.TargetResult>> {

    /** The scores of one target: label to score. */
    public record TargetResult(Map<String, Double> scores) {

        /** The label with the highest score, or null without scores. */
        @JsonIgnore
        public String topLabel() {
            return scores == null ? null
                    : scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }
}
