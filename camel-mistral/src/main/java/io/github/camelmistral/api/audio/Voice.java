package io.github.camelmistral.api.audio;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A custom voice for speech, made from a sample recording. */
public record Voice(
        String id,
        String name,
        String slug,
        List<String> languages,
        String gender,
        Integer age,
        List<String> tags,
        String color,
        @JsonProperty("retention_notice") Integer retentionNotice,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("user_id") String userId) {
}
