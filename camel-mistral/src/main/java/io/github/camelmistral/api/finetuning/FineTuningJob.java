package io.github.camelmistral.api.finetuning;

import io.github.camelmistral.api.MistralJob;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fine-tuning job as the API reports it: completion and classifier jobs alike ({@code jobType}), in the summary form
 * of list and create, or the detailed form of get, cancel and start, which adds {@code events} and
 * {@code checkpoints} (null in the summary form). Timestamps are Unix seconds; {@code status} is kept as a String
 * because the API adds values (see {@link FineTuningJobStatus}).
 */
public record FineTuningJob(
        String id,
        String object,
        @JsonProperty("job_type") String jobType,
        String model,
        String status,
        @JsonProperty("auto_start") Boolean autoStart,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("modified_at") Long modifiedAt,
        @JsonProperty("training_files") List<String> trainingFiles,
        @JsonProperty("validation_files") List<String> validationFiles,
        @JsonProperty("fine_tuned_model") String fineTunedModel,
        String suffix,
        List<WandbIntegration> integrations,
        @JsonProperty("trained_tokens") Long trainedTokens,
        JobMetadata metadata,
        Hyperparameters hyperparameters,
        List<Map<String, Object>> repositories,
        @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets,
        List<JobEvent> events,
        List<Checkpoint> checkpoints) implements MistralJob {

    /** Whether the job will not change any more (succeeded, failed, failed validation or cancelled). */
    @JsonIgnore
    public boolean isTerminal() {
        return FineTuningJobStatus.isTerminal(status);
    }
}
