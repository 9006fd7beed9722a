package io.github.camelmistral.api.audio;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Multipart;
import io.github.camelmistral.api.stream.TextStream;

/** Audio: transcription ({@code /v1/audio/transcriptions}). */
public final class AudioApi {

    static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";

    private final MistralClient client;

    public AudioApi(MistralClient client) {
        this.client = client;
    }

    /**
     * {@link #transcribe} with {@code stream=true} in the form: the text as a {@link TextStream} of deltas while the
     * API transcribes.
     */
    public CompletableFuture<MistralResponse<TextStream>> transcribeStream(Multipart form, Duration idleTimeout) {
        return client.uploadStream(ApiCall.post(TRANSCRIPTIONS, null), form, new TranscriptionStreamDecoder(TRANSCRIPTIONS),
                idleTimeout);
    }

    /** Transcribes the audio of a form built from the spec's fields (the audio streamed as its {@code file} part). */
    public CompletableFuture<MistralResponse<TranscriptionResponse>> transcribe(Multipart form) {
        return client.upload(ApiCall.post(TRANSCRIPTIONS, null), form, TranscriptionResponse.class);
    }
}
