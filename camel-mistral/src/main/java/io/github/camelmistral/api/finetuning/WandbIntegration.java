package io.github.camelmistral.api.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Weights &amp; Biases integration of a fine-tuning job. {@code apiKey} is only sent (jobs never report it back) and
 * never shows in {@link #toString()}.
 */
public record WandbIntegration(
        String type,
        String project,
        String name,
        @JsonProperty("api_key") String apiKey,
        @JsonProperty("run_name") String runName,
        String url) {

    public static WandbIntegration of(String project, String apiKey) {
        return new WandbIntegration("wandb", project, null, apiKey, null, null);
    }

    @Override
    public String toString() {
        return "WandbIntegration[project=" + project + ", name=" + name + ", runName=" + runName + ", url=" + url
               + ", apiKey=" + (apiKey != null ? "******" : "none") + "]";
    }
}
