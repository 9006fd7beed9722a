package io.github.camelmistral.api.finetuning;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /v1/fine_tuning/jobs}. {@code model} and {@code hyperparameters} are required by the API;
 * unset fields are left out of the JSON.
 */
public record FineTuningJobRequest(
        String model,
        @JsonProperty("training_files") List<TrainingFile> trainingFiles,
        @JsonProperty("validation_files") List<String> validationFiles,
        String suffix,
        List<WandbIntegration> integrations,
        @JsonProperty("auto_start") Boolean autoStart,
        @JsonProperty("invalid_sample_skip_percentage") Double invalidSampleSkipPercentage,
        @JsonProperty("job_type") String jobType,
        Hyperparameters hyperparameters,
        List<Map<String, Object>> repositories,
        @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets) {

    /** The longest suffix the API accepts. */
    public static final int MAX_SUFFIX_LENGTH = 18;

    public static Builder builder() {
        return new Builder();
    }

    /** A builder prefilled with this request, to change a few fields. */
    public Builder toBuilder() {
        return new Builder().model(model).trainingFiles(trainingFiles).validationFiles(validationFiles).suffix(suffix)
                .integrations(integrations).autoStart(autoStart).invalidSampleSkipPercentage(invalidSampleSkipPercentage)
                .jobType(jobType).hyperparameters(hyperparameters).repositories(repositories)
                .classifierTargets(classifierTargets);
    }

    public static final class Builder {
        private String model;
        private List<TrainingFile> trainingFiles;
        private List<String> validationFiles;
        private String suffix;
        private List<WandbIntegration> integrations;
        private Boolean autoStart;
        private Double invalidSampleSkipPercentage;
        private String jobType;
        private Hyperparameters hyperparameters;
        private List<Map<String, Object>> repositories;
        private List<ClassifierTarget> classifierTargets;

        private Builder() {
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder trainingFiles(List<TrainingFile> trainingFiles) {
            this.trainingFiles = trainingFiles;
            return this;
        }

        public Builder validationFiles(List<String> validationFiles) {
            this.validationFiles = validationFiles;
            return this;
        }

        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        public Builder integrations(List<WandbIntegration> integrations) {
            this.integrations = integrations;
            return this;
        }

        public Builder autoStart(Boolean autoStart) {
            this.autoStart = autoStart;
            return this;
        }

        public Builder invalidSampleSkipPercentage(Double invalidSampleSkipPercentage) {
            this.invalidSampleSkipPercentage = invalidSampleSkipPercentage;
            return this;
        }

        /** {@code completion} (default) or {@code classifier}. */
        public Builder jobType(String jobType) {
            this.jobType = jobType;
            return this;
        }

        public Builder hyperparameters(Hyperparameters hyperparameters) {
            this.hyperparameters = hyperparameters;
            return this;
        }

        public Builder repositories(List<Map<String, Object>> repositories) {
            this.repositories = repositories;
            return this;
        }

        public Builder classifierTargets(List<ClassifierTarget> classifierTargets) {
            this.classifierTargets = classifierTargets;
            return this;
        }

        /** The request; hyperparameters default to the API's own when none were set, since the field is required. */
        public FineTuningJobRequest build() {
            return new FineTuningJobRequest(model, trainingFiles, validationFiles, suffix, integrations, autoStart,
                    invalidSampleSkipPercentage, jobType,
                    hyperparameters != null ? hyperparameters : Hyperparameters.defaults(), repositories,
                    classifierTargets);
        }
    }
}
