package io.github.camelmistral.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.apache.hc.core5.http.HttpResponse;


/**
 * The Mistral API answered, but not with a usable success: a non-2xx status, or a 2xx whose body could not be read.
 * <p>
 * Carries what the API said (status, error {@code type}, {@code code}, {@code message}), the request id the gateway
 * assigned, and the response body truncated to {@value #MAX_BODY_CHARS} characters. Request headers, and so the API
 * key, are never part of it.
 */
public class MistralApiException extends MistralException {

    public static final int MAX_BODY_CHARS = 4096;

    private final String method;
    private final String path;
    private final int statusCode;
    private final String errorType;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String responseBody;
    private final Duration retryAfter;
    private final Map<String, String> rateLimits;

    public MistralApiException(String method, String path, int statusCode, ApiError error, String requestId,
                               String responseBody, Throwable cause) {
        this(method, path, statusCode, error, requestId, responseBody, null, Map.of(), cause);
    }

    /**
     * @param retryAfter the delay the API asked for with {@code Retry-After}, or null
     * @param rateLimits the rate-limit headers of the answer ({@code x-ratelimit-*}), names in lower case
     */
    public MistralApiException(String method, String path, int statusCode, ApiError error, String requestId,
                               String responseBody, Duration retryAfter, Map<String, String> rateLimits,
                               Throwable cause) {
        super(describe(method, path, statusCode, error, requestId), cause);
        this.retryAfter = retryAfter;
        this.rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
        this.method = method;
        this.path = path;
        this.statusCode = statusCode;
        this.errorType = error.type();
        this.errorCode = error.code();
        this.errorMessage = error.message();
        this.requestId = requestId;
        this.responseBody = truncate(responseBody);
    }

    /** The error a non-2xx answer stands for, with what its headers say (request id, Retry-After, rate limits). */
    static MistralApiException of(ApiCall call, HttpResponse response, String body) {
        return new MistralApiException(call.method(), call.path(), response.getCode(), ApiError.parse(body),
                ResponseHeaders.requestId(response), body, ResponseHeaders.retryAfter(response, Clock.systemUTC()),
                ResponseHeaders.rateLimits(response), null);
    }

    private static String describe(String method, String path, int statusCode, ApiError error, String requestId) {
        StringBuilder sb = new StringBuilder("Mistral API ").append(method).append(' ').append(path)
                .append(" failed with HTTP ").append(statusCode);
        if (error.type() != null || error.code() != null) {
            sb.append(" (");
            if (error.type() != null) {
                sb.append("type=").append(error.type());
            }
            if (error.code() != null) {
                sb.append(error.type() != null ? ", " : "").append("code=").append(error.code());
            }
            sb.append(')');
        }
        if (error.message() != null) {
            sb.append(": ").append(error.message());
        }
        if (requestId != null) {
            sb.append(" [request id ").append(requestId).append(']');
        }
        return sb.toString();
    }

    static String truncate(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS) + "...(truncated, " + body.length() + " chars)";
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    /** The HTTP status the API answered with. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The API's error {@code type} (e.g. {@code invalid_request_error}, {@code extra_forbidden}), if it gave one. */
    public String getErrorType() {
        return errorType;
    }

    /** The API's error {@code code} as text (it comes as a string, a number or null), if it gave one. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The API's own error message, flattened to text. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** The {@code mistral-correlation-id} / {@code x-kong-request-id} of the failed call, when present. */
    public String getRequestId() {
        return requestId;
    }

    /** The response body, truncated to a few KB. */
    public String getResponseBody() {
        return responseBody;
    }

    /** The delay the API asked for with {@code Retry-After} (seconds or an HTTP date), or null when it sent none. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /**
     * The rate-limit headers of the answer as sent, names in lower case (e.g. {@code x-ratelimit-remaining-req-minute});
     * empty when there were none.
     */
    public Map<String, String> getRateLimits() {
        return rateLimits;
    }

    /** Whether retrying the same request later may succeed (429 and 5xx, as the official SDKs treat them). */
    public boolean isRetryable() {
        return statusCode == 429 || statusCode >= 500;
    }
}
