package io.github.camelmistral.api.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a model can do; a capability the API does not report is null. */
public record ModelCapabilities(
        @JsonProperty("completion_chat") Boolean completionChat,
        @JsonProperty("function_calling") Boolean functionCalling,
        @JsonProperty("completion_fim") Boolean completionFim,
        @JsonProperty("fine_tuning") Boolean fineTuning,
        Boolean vision,
        Boolean ocr,
        Boolean classification,
        Boolean moderation,
        Boolean audio,
        @JsonProperty("audio_transcription") Boolean audioTranscription) {
}
