package io.github.camelmistral.simulator.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.ValidationErrors;

/** The checks every mode applies to the JSON bodies of the resource endpoints, as FastAPI words them. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as an object, with the named fields present. */
    static ObjectNode object(SimRequest request, String... required) {
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw ApiException.validation(ValidationErrors.notAnObject(body));
        }
        for (String name : required) {
            if (!body.has(name)) {
                throw ApiException.validation(ValidationErrors.missing(ValidationErrors.loc("body", name), body));
            }
        }
        return (ObjectNode) body;
    }

    /** A field restricted to the spec's enum values; absent is fine. */
    static void requireOneOf(ObjectNode body, String name, List<String> allowed) {
        JsonNode value = body.get(name);
        if (value != null && !value.isNull() && !allowed.contains(value.asText())) {
            throw ApiException.validation(
                    ValidationErrors.enumMismatch(ValidationErrors.loc("body", name), allowed, value));
        }
    }
}
