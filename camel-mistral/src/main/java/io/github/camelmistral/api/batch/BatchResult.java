package io.github.camelmistral.api.batch;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmistral.api.MistralJson;

/**
 * One line of a batch job's output or error file:
 * {@code {"id","custom_id","response":{"status_code","body"},"error"}}. {@code fromErrorFile} tells which file the
 * line came from (the API does not write it; the reader does).
 */
public record BatchResult(
        String id,
        @JsonProperty("custom_id") String customId,
        Response response,
        Object error,
        @JsonProperty("from_error_file") boolean fromErrorFile) {

    /** The answer the batch's endpoint gave to this request. */
    public record Response(@JsonProperty("status_code") Integer statusCode, Map<String, Object> body) {
    }

    /** This line, marked as read from the job's error file. */
    public BatchResult asErrorFileLine() {
        return new BatchResult(id, customId, response, error, true);
    }

    /** Whether this request failed: read from the error file, carrying an error, or answered with a non-2xx status. */
    public boolean failed() {
        Integer status = statusCode();
        return fromErrorFile || error != null || status == null || status < 200 || status >= 300;
    }

    /** The HTTP status the endpoint answered this request with, or null. */
    public Integer statusCode() {
        return response != null ? response.statusCode() : null;
    }

    /** The endpoint's answer as JSON ({@code Map}), or null. */
    public Map<String, Object> body() {
        return response != null ? response.body() : null;
    }

    /** The endpoint's answer read as a typed response, e.g. {@code bodyAs(ChatCompletionResponse.class)}; or null. */
    public <T> T bodyAs(Class<T> type) {
        Map<String, Object> body = body();
        return body == null ? null : MistralJson.mapper().convertValue(body, type);
    }
}
