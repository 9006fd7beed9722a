package io.github.camelmistral.api.audio;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A stretch of a transcription with its start and end in seconds; {@code speakerId} is set when {@code diarize} was
 * asked for.
 */
public record TranscriptionSegment(
        String type,
        String text,
        Double start,
        Double end,
        Double score,
        @JsonProperty("speaker_id") String speakerId) {
}
