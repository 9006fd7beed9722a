package io.github.camelmistral.api.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.ApiError;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralJson;

/**
 * One server-sent event: its {@code event:} name (null when the stream names none, as chat completions do) and its
 * {@code data:} lines joined by newlines.
 */
public record SseEvent(String event, String data) {

    /** The end marker of the OpenAI-style streams (chat, FIM, agents). */
    public boolean isDone() {
        return "[DONE]".equals(data);
    }

    /**
     * The data as JSON.
     *
     * @throws MistralApiException the data is not JSON: the stream of {@code method path} is broken
     */
    public JsonNode json(String method, String path) throws MistralApiException {
        try {
            return MistralJson.mapper().readTree(data);
        } catch (Exception e) {
            throw new MistralApiException(method, path, 200, new ApiError(null, null,
                    "the stream sent an event that is not JSON: "
                    + (data.length() <= 100 ? data : data.substring(0, 100) + "...")), null, null, e);
        }
    }
}
