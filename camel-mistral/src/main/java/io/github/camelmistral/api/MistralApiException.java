package io.github.camelmistral.api;

import org.apache.camel.CamelException;

/**
 * The Mistral API answered, but not with a usable success: a non-2xx status, or a 2xx whose body could not be read.
 * <p>
 * Carries what the API said (status, error {@code type}, {@code code}, {@code message}), the request id the gateway
 * assigned, and the response body truncated to {@value #MAX_BODY_CHARS} characters. Request headers, and so the API
 * key, are never part of it.
 */
public class MistralApiException extends CamelException {

    public static final int MAX_BODY_CHARS = 4096;

    private final String method;
    private final String path;
    private final int statusCode;
    private final String errorType;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String responseBody;

    public MistralApiException(String method, String path, int statusCode, ApiError error, String requestId,
                               String responseBody, Throwable cause) {
        super(describe(method, path, statusCode, error, requestId), cause);
        this.method = method;
        this.path = path;
        this.statusCode = statusCode;
        this.errorType = error.type();
        this.errorCode = error.code();
        this.errorMessage = error.message();
        this.requestId = requestId;
        this.responseBody = truncate(responseBody);
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

    /** Whether retrying the same request later may succeed (429 and 5xx, as the official SDKs treat them). */
    public boolean isRetryable() {
        return statusCode == 429 || statusCode >= 500;
    }
}
