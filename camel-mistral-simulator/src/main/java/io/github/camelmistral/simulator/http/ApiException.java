package io.github.camelmistral.simulator.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.ErrorShape;

/** An error answer of the simulated API; thrown anywhere while handling, turned into the response by the dispatcher. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final ObjectNode body;

    public ApiException(int status, ObjectNode body) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
    }

    /** The documented {@code {"object":"error",...}} shape, which the API uses for non-validation errors. */
    public static ApiException documented(int status, String message) {
        return new ApiException(status, ErrorShape.DOCUMENTED.render(status, message, null));
    }

    public static ApiException notFound(String message) {
        return documented(404, message);
    }

    public static ApiException badRequest(String message) {
        return documented(400, message);
    }

    public static ApiException validation(ObjectNode... items) {
        return validation(List.of(items));
    }

    public static ApiException validation(List<ObjectNode> items) {
        return new ApiException(422, ValidationErrors.body(items));
    }

    public int status() {
        return status;
    }

    public ObjectNode body() {
        return body;
    }

    public SimResponse toResponse() {
        return SimResponse.json(status, body);
    }
}
