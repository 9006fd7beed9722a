package io.github.camelmistral.api.audio;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The generated audio, base64-encoded as the API sends it. */
public record SpeechResponse(@JsonProperty("audio_data") String audioData) {

    /** The audio file's bytes. */
    @JsonIgnore
    public byte[] audio() {
        return audioData == null ? new byte[0] : Base64.getMimeDecoder().decode(audioData);
    }

    @Override
    public String toString() {
        return "SpeechResponse[" + (audioData == null ? 0 : audioData.length()) + " base64 characters]";
    }
}
