package io.github.camelmistral.api.audio;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Multipart;

/** Audio: transcription ({@code /v1/audio/transcriptions}) and speech ({@code /v1/audio/speech}). */
public final class AudioApi {

    static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";
    static final String SPEECH = "/v1/audio/speech";

    private final MistralClient client;

    public AudioApi(MistralClient client) {
        this.client = client;
    }

    /** Transcribes the audio of a form built from the spec's fields (the audio streamed as its {@code file} part). */
    public CompletableFuture<MistralResponse<TranscriptionResponse>> transcribe(Multipart form) {
        return client.upload(ApiCall.post(TRANSCRIPTIONS, null), form, TranscriptionResponse.class);
    }

    /** The audio of a text, in one answer (the API's streamed form is not used). */
    public CompletableFuture<MistralResponse<SpeechResponse>> speech(SpeechRequest request) {
        return client.call(ApiCall.post(SPEECH, request), SpeechResponse.class);
    }
}
