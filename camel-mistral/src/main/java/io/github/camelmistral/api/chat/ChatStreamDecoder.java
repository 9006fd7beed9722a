package io.github.camelmistral.api.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.ApiError;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.stream.SseEvent;
import io.github.camelmistral.api.stream.StreamDecoder;
import io.github.camelmistral.api.stream.StreamResult;

/**
 * The chunks of a streamed chat, FIM or agents completion (API-NOTES.md): {@code choices[0].delta.content} as a string
 * or as chunks (only {@code text} chunks are the answer; {@code thinking} chunks are left out), {@code finish_reason},
 * model and id on the chunks, {@code usage} on the last one, {@code [DONE]} at the end. An error object in the stream
 * fails it.
 */
public final class ChatStreamDecoder implements StreamDecoder {

    private final String method;
    private final String path;
    private String finishReason;
    private Usage usage;
    private String model;
    private String id;

    public ChatStreamDecoder(String method, String path) {
        this.method = method;
        this.path = path;
    }

    @Override
    public String decode(SseEvent event) throws MistralApiException {
        JsonNode chunk;
        try {
            chunk = MistralJson.mapper().readTree(event.data());
        } catch (Exception e) {
            throw new MistralApiException(method, path, 200, new ApiError(null, null,
                    "the stream sent an event that is not JSON: " + abbreviate(event.data())), null, null, e);
        }
        if ("error".equals(chunk.path("object").asText()) || chunk.has("error") || "error".equals(event.event())) {
            ApiError error = ApiError.parse(chunk.has("error") && chunk.get("error").isObject()
                    ? chunk.get("error").toString() : event.data());
            throw new MistralApiException(method, path, 200, error, null, event.data(), null);
        }
        id = chunk.hasNonNull("id") ? chunk.get("id").asText() : id;
        model = chunk.hasNonNull("model") ? chunk.get("model").asText() : model;
        if (chunk.hasNonNull("usage")) {
            usage = MistralJson.mapper().convertValue(chunk.get("usage"), Usage.class);
        }
        JsonNode choice = chunk.path("choices").path(0);
        if (choice.hasNonNull("finish_reason")) {
            finishReason = choice.get("finish_reason").asText();
        }
        return text(choice.path("delta").path("content"));
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> {
                if ("text".equals(part.path("type").asText())) {
                    text.append(part.path("text").asText());
                }
            });
            return text.toString();
        }
        return null;
    }

    @Override
    public boolean isDone() {
        // the API sends [DONE] after the chunk with the finish reason; the reader stops there
        return false;
    }

    @Override
    public StreamResult result(String text) {
        return new StreamResult(text, finishReason, usage, model, id);
    }

    private static String abbreviate(String data) {
        return data.length() <= 100 ? data : data.substring(0, 100) + "...";
    }
}
