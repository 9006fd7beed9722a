package io.github.camelmistral.api.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A model of {@code /v1/models}: a base model ({@code type:"base"}) or a fine-tuned one ({@code type:"fine-tuned"},
 * which adds {@code job}, {@code root} and {@code archived}). {@code created} is Unix seconds, {@code deprecation} an
 * ISO-8601 date-time.
 */
public record ModelCard(
        String id,
        String object,
        Long created,
        @JsonProperty("owned_by") String ownedBy,
        ModelCapabilities capabilities,
        String name,
        String description,
        @JsonProperty("max_context_length") Integer maxContextLength,
        List<String> aliases,
        String deprecation,
        @JsonProperty("deprecation_replacement_model") String deprecationReplacementModel,
        @JsonProperty("default_model_temperature") Double defaultModelTemperature,
        // the spec's own examples spell it TYPE
        @JsonAlias("TYPE") String type,
        String job,
        String root,
        Boolean archived) {

    public static final String FINE_TUNED = "fine-tuned";

    /** Whether this is a fine-tuned model: by its type, or by its {@code ft:} id when the type is missing. */
    @JsonIgnore
    public boolean isFineTuned() {
        return type != null ? FINE_TUNED.equals(type) : id != null && id.startsWith("ft:");
    }
}
