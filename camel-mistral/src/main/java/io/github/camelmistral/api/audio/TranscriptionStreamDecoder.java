package io.github.camelmistral.api.audio;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.ApiError;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.stream.SseEvent;
import io.github.camelmistral.api.stream.StreamDecoder;
import io.github.camelmistral.api.stream.StreamResult;

/**
 * The named events of a streamed transcription (API-NOTES.md): {@code transcription.text.delta} carries the text,
 * {@code transcription.done} the whole text, model and usage and ends the stream; {@code transcription.language} and
 * {@code transcription.segment} add nothing to the text. An {@code error} event fails the stream.
 */
final class TranscriptionStreamDecoder implements StreamDecoder {

    private final String path;
    private boolean done;
    private String model;
    private Usage usage;

    TranscriptionStreamDecoder(String path) {
        this.path = path;
    }

    @Override
    public String decode(SseEvent event) throws MistralApiException {
        JsonNode data;
        try {
            data = MistralJson.mapper().readTree(event.data());
        } catch (Exception e) {
            throw new MistralApiException("POST", path, 200, new ApiError(null, null,
                    "the stream sent an event that is not JSON"), null, event.data(), e);
        }
        String name = event.event() == null ? data.path("type").asText(null) : event.event();
        if ("error".equals(name) || data.has("error") || "error".equals(data.path("object").asText())) {
            throw new MistralApiException("POST", path, 200, ApiError.parse(event.data()), null, event.data(), null);
        }
        if ("transcription.text.delta".equals(name)) {
            return data.path("text").asText("");
        }
        if ("transcription.done".equals(name)) {
            done = true;
            model = data.hasNonNull("model") ? data.get("model").asText() : model;
            if (data.hasNonNull("usage")) {
                usage = MistralJson.mapper().convertValue(data.get("usage"), Usage.class);
            }
        }
        return null;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public StreamResult result(String text) {
        return new StreamResult(text, done ? "stop" : null, usage, model, null);
    }
}
