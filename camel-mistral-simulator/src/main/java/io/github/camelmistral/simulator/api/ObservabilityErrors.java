package io.github.camelmistral.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/**
 * The observability API's own error body, the spec's {@code ObservabilityError}:
 * {@code {"detail": {"message", "error_code"}}}, which it documents for its 400, 404, 408, 409 and 422 answers.
 */
final class ObservabilityErrors {

    private ObservabilityErrors() {
    }

    /** {@code errorCode} is one of the spec's {@code ObservabilityErrorCode} values. */
    static ApiException of(int status, String errorCode, String message) {
        ObjectNode body = Json.object();
        body.putObject("detail").put("message", message).put("error_code", errorCode);
        return new ApiException(status, body);
    }

    static ApiException validation(String message) {
        return of(422, "VALIDATION_ERROR", message);
    }
}
