package io.github.camelmistral.api;

/**
 * A successful answer of the API: the parsed body plus what the route may want to log or correlate.
 *
 * @param statusCode the HTTP status (2xx)
 * @param body       the parsed body
 * @param requestId  the gateway's request id ({@code mistral-correlation-id} or {@code x-kong-request-id}), or null
 */
public record MistralResponse<T>(int statusCode, T body, String requestId) {
}
