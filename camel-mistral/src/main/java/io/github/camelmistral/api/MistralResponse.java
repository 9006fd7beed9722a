package io.github.camelmistral.api;

import java.util.Map;

/**
 * A successful answer of the API: the parsed body plus what the route may want to log or correlate.
 *
 * @param statusCode the HTTP status (2xx)
 * @param body       the parsed body
 * @param requestId  the gateway's request id ({@code mistral-correlation-id} or {@code x-kong-request-id}), or null
 * @param method     the HTTP method of the call that was answered
 * @param path       the path of the call that was answered, relative to the base URL
 * @param rateLimits the rate-limit headers of the answer ({@code x-ratelimit-*}), names in lower case; empty if none
 */
public record MistralResponse<T>(int statusCode, T body, String requestId, String method, String path,
                                 Map<String, String> rateLimits) {

    public MistralResponse {
        rateLimits = rateLimits == null ? Map.of() : rateLimits;
    }

    MistralResponse(ApiCall call, org.apache.hc.core5.http.HttpResponse response, T body) {
        this(response.getCode(), body, ResponseHeaders.requestId(response), call.method(), call.path(),
                ResponseHeaders.rateLimits(response));
    }

    /**
     * The error for a 2xx answer whose content contradicts the request (e.g. fewer results than inputs): reported like
     * any other unusable answer of the API, with the call and request id.
     */
    public MistralApiException malformed(String what) {
        return new MistralApiException(method, path, statusCode, new ApiError(null, null, what), requestId, null,
                null, rateLimits, null);
    }
}
