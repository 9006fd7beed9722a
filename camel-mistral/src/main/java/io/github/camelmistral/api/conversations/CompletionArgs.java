package io.github.camelmistral.api.conversations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The sampling options of a conversation turn ({@code completion_args}) and its {@code tool_choice} (auto, none, any or
 * required); unset values are not sent.
 */
public record CompletionArgs(
        List<String> stop,
        Double temperature,
        @JsonProperty("top_p") Double topP,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("random_seed") Integer randomSeed,
        @JsonProperty("tool_choice") String toolChoice) {

    public CompletionArgs(List<String> stop, Double temperature, Double topP, Integer maxTokens, Integer randomSeed) {
        this(stop, temperature, topP, maxTokens, randomSeed, null);
    }

    /** These arguments, or null when none is set, so that the turn sends no empty {@code completion_args}. */
    public static CompletionArgs orNull(List<String> stop, Double temperature, Double topP, Integer maxTokens,
                                        Integer randomSeed, String toolChoice) {
        if (stop == null && temperature == null && topP == null && maxTokens == null && randomSeed == null
            && toolChoice == null) {
            return null;
        }
        return new CompletionArgs(stop, temperature, topP, maxTokens, randomSeed, toolChoice);
    }
}
