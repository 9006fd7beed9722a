package io.github.camelmistral.api.classifiers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The moderation of one text or conversation. The categories are open maps because the set changes with the model
 * (e.g. {@code jailbreaking} came with {@code mistral-moderation-2603}).
 *
 * @param categories     category name to whether the model flags it (its score is over the category's threshold)
 * @param categoryScores category name to score, 0 to 1
 */
public record ModerationResult(
        Map<String, Boolean> categories,
        @JsonProperty("category_scores") Map<String, Double> categoryScores) {

    /** Whether any category is flagged. */
    @JsonIgnore
    public boolean flagged() {
        return categories != null && categories.containsValue(Boolean.TRUE);
    }

    /** The names of the flagged categories. */
    @JsonIgnore
    public List<String> flaggedCategories() {
        return categories == null ? List.of()
                : categories.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
