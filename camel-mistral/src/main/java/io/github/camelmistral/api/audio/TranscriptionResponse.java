package io.github.camelmistral.api.audio;

import java.util.List;

import io.github.camelmistral.api.Usage;

/**
 * The answer of {@code POST /v1/audio/transcriptions}: the whole text, the language (given or detected) and, when
 * {@code timestamp_granularities} asked for them, the timed segments.
 */
public record TranscriptionResponse(String model, String text, String language, List<TranscriptionSegment> segments,
                                    Usage usage) {

    public TranscriptionResponse {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
