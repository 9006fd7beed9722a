package io.github.camelmistral.api.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmistral.api.finetuning.ClassifierTarget;

/**
 * A fine-tuned model as {@code PATCH /v1/fine_tuning/models/{id}} answers it: a completion model
 * ({@code model_type:"completion"}) or a classifier ({@code "classifier"}, with {@code classifierTargets}).
 */
public record FineTunedModel(
        String id,
        String object,
        Long created,
        @JsonProperty("owned_by") String ownedBy,
        @JsonProperty("workspace_id") String workspaceId,
        String root,
        @JsonProperty("root_version") String rootVersion,
        Boolean archived,
        String name,
        String description,
        ModelCapabilities capabilities,
        @JsonProperty("max_context_length") Integer maxContextLength,
        List<String> aliases,
        String job,
        @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets,
        @JsonProperty("model_type") String modelType) {
}
