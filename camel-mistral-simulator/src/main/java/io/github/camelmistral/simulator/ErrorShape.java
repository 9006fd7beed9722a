package io.github.camelmistral.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.ValidationErrors;

/**
 * The error body shapes the Mistral API is known to return (API-NOTES.md, "Error bodies are not uniform"). The
 * simulator answers its own errors in the shape the real API uses for them; faults may pick any shape so that clients
 * can prove they parse all of them.
 */
public enum ErrorShape {

    /** FastAPI validation: {@code {"detail":[{"type","loc","msg","input"}]}}. */
    FASTAPI_DETAIL,
    /** The documented shape: {@code {"object":"error","message","type","param","code"}}. */
    DOCUMENTED,
    /** The documented shape whose {@code message} is itself a FastAPI {@code {"detail":[...]}} object. */
    DOCUMENTED_WITH_DETAIL,
    /** The gateway's {@code {"message","request_id"}}. */
    GATEWAY,
    /** FastAPI's plain {@code {"detail":"..."}}. */
    DETAIL_STRING;

    public ObjectNode render(int status, String message, String requestId) {
        String text = message != null ? message : defaultMessage(status);
        ObjectNode body = Json.object();
        switch (this) {
            case FASTAPI_DETAIL -> body.putArray("detail")
                    .add(ValidationErrors.item("value_error", ValidationErrors.loc("body"), text, null));
            case DOCUMENTED -> {
                body.put("object", "error").put("message", text);
                putTypeParamCode(body, status);
            }
            case DOCUMENTED_WITH_DETAIL -> {
                body.put("object", "error").putObject("message").putArray("detail")
                        .add(ValidationErrors.item("value_error", ValidationErrors.loc("body"), text, null));
                putTypeParamCode(body, status);
            }
            case GATEWAY -> {
                body.put("message", text);
                if (requestId != null) {
                    body.put("request_id", requestId);
                }
            }
            case DETAIL_STRING -> body.put("detail", text);
            default -> throw new IllegalStateException(name());
        }
        return body;
    }

    private static void putTypeParamCode(ObjectNode body, int status) {
        body.put("type", errorType(status));
        body.putNull("param");
        if (status == 429) {
            body.put("code", "1300"); // the numeric-string code seen on real rate-limit errors
        } else {
            body.putNull("code");
        }
    }

    private static String errorType(int status) {
        if (status == 401) {
            return "authentication_error";
        }
        if (status == 429) {
            return "rate_limit_error";
        }
        return status >= 500 ? "server_error" : "invalid_request_error";
    }

    static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 413 -> "Request entity too large";
            case 422 -> "Unprocessable entity";
            case 429 -> "Requests rate limit exceeded";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> status >= 500 ? "Internal server error" : "Error " + status;
        };
    }
}
