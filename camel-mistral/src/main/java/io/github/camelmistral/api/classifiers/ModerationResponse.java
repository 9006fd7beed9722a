package io.github.camelmistral.api.classifiers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.camelmistral.api.Usage;

/**
 * The answer of {@code POST /v1/moderations} and {@code POST /v1/chat/moderations}: one result per text or conversation.
 * {@code usage} is not in the schema but appears in the docs' examples.
 */
public record ModerationResponse(String id, String model, List<ModerationResult> results, Usage usage)
        implements ClassifierResponse<ModerationResult> {

    /** Whether any category of any result is flagged. */
    @JsonIgnore
    public boolean flagged() {
        return results != null && results.stream().anyMatch(ModerationResult::flagged);
    }
}
