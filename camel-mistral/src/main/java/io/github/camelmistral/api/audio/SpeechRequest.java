package io.github.camelmistral.api.audio;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Text to speech ({@code POST /v1/audio/speech}).
 *
 * @param voiceId        a preset voice or the id of a custom voice; the API's default when null
 * @param responseFormat the audio format: {@code mp3} (the API's default), {@code wav}, {@code pcm}, {@code flac},
 *                       {@code opus}
 */
public record SpeechRequest(
        String model,
        String input,
        @JsonProperty("voice_id") String voiceId,
        @JsonProperty("response_format") String responseFormat) {
}
