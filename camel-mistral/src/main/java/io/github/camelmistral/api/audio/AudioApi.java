package io.github.camelmistral.api.audio;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.ListPage;
import io.github.camelmistral.api.Listing;
import io.github.camelmistral.api.Pages;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.RawResponse;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Multipart;
import io.github.camelmistral.api.stream.TextStream;

/**
 * Audio: transcription ({@code /v1/audio/transcriptions}), speech ({@code /v1/audio/speech}) and custom voices
 * ({@code /v1/audio/voices}, paged by {@code limit} and {@code offset}).
 */
public final class AudioApi {

    static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";
    static final String SPEECH = "/v1/audio/speech";
    static final String VOICES = "/v1/audio/voices";

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

    /** The audio of a text, in one answer (the API's streamed form is not used). */
    public CompletableFuture<MistralResponse<SpeechResponse>> speech(SpeechRequest request) {
        return client.call(ApiCall.post(SPEECH, request), SpeechResponse.class);
    }

    /**
     * The spoken audio: as {@code byte[]} when it is at most about {@code streamThreshold} bytes, else as an
     * {@link java.io.InputStream} decoded from the answer as it arrives (never held in memory), which the caller must
     * close. 0 always streams.
     */
    public CompletableFuture<MistralResponse<Object>> speechAudio(SpeechRequest request, long streamThreshold) {
        ApiCall call = ApiCall.post(SPEECH, request);
        // the answer is JSON with the audio in base64: 4 characters per 3 bytes, plus the JSON around them
        long answerLimit = streamThreshold == 0 ? 0 : streamThreshold / 3 * 4 + 4096;
        return client.exchange(call, null, answerLimit, null, true).thenApply(answer -> {
            Object audio;
            try {
                audio = answer.isStreamed() ? SpeechAudio.of(answer.stream())
                        : MistralJson.mapper().readValue(answer.body(), SpeechResponse.class).audio();
            } catch (IOException e) {
                throw new CompletionException(new IOException("The speech answer is not the JSON the API documents: "
                                                              + e.getMessage(), e));
            }
            return new MistralResponse<>(answer.statusCode(), audio, answer.requestId(), call.method(), call.path(),
                    answer.rateLimits());
        });
    }

    /** Creates a voice from {@code name} and {@code sample_audio} (base64); never retried into a duplicate. */
    public CompletableFuture<MistralResponse<Voice>> createVoice(Object request) {
        return client.call(ApiCall.post(VOICES, request).creating(), Voice.class);
    }

    public Listing<Voice> voices() {
        return new Listing<>() {
            @Override
            public CompletableFuture<MistralResponse<ListPage<Voice>>> page(int page, int pageSize) {
                ApiCall call = ApiCall.get(VOICES, new QueryParameters().add("limit", pageSize)
                        .add("offset", (long) page * pageSize).toMap());
                return client.call(call, VoiceList.class).thenApply(answer -> new MistralResponse<>(answer.statusCode(),
                        new ListPage<>(answer.body().items(), "list", answer.body().total()), answer.requestId(),
                        answer.method(), answer.path(), answer.rateLimits()));
            }

            @Override
            public CompletableFuture<List<Voice>> all(int pageSize) {
                return Pages.all(pageSize, page -> page(page, pageSize).thenApply(MistralResponse::body));
            }
        };
    }

    public CompletableFuture<MistralResponse<Voice>> voice(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(VOICES, id)), Voice.class);
    }

    public CompletableFuture<MistralResponse<Voice>> updateVoice(String id, Object request) {
        return client.call(new ApiCall("PATCH", ApiPaths.resource(VOICES, id), null, request), Voice.class);
    }

    /** Deletes the voice; the API answers it as it was. */
    public CompletableFuture<MistralResponse<Voice>> deleteVoice(String id) {
        return client.call(ApiCall.delete(ApiPaths.resource(VOICES, id)), Voice.class);
    }

    /** The voice's sample recording, as the API stores it, with its media type. */
    public CompletableFuture<RawResponse> sample(String id) {
        return client.callRaw(ApiCall.get(ApiPaths.resource(VOICES, id, "sample")));
    }

    record VoiceList(List<Voice> items, Integer total) {
    }
}
