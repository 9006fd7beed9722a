package io.github.camelmistral.api.files;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file stored by the API ({@code /v1/files}): uploaded, or created by Mistral (batch results, {@code source:"mistral"}).
 * Timestamps are Unix seconds. {@code purpose}, {@code sampleType} and {@code source} are Strings because the API adds
 * values; {@code bytes} can be null although the spec requires it. {@code deleted} is only set by get.
 */
public record MistralFile(
        String id,
        String object,
        Long bytes,
        @JsonProperty("created_at") Long createdAt,
        String filename,
        String purpose,
        @JsonProperty("sample_type") String sampleType,
        @JsonProperty("num_lines") Long numLines,
        String mimetype,
        String source,
        String signature,
        @JsonProperty("expires_at") Long expiresAt,
        String visibility,
        Boolean deleted) {
}
