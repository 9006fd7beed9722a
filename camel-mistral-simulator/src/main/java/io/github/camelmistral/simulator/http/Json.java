package io.github.camelmistral.simulator.http;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the simulator, and small helpers to build trees. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a request body; a syntax error is the client's fault, so it becomes FastAPI's 422 json_invalid. */
    public static JsonNode parseRequest(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.validation(ValidationErrors.item("missing", ValidationErrors.loc("body"),
                        "Field required", null));
            }
            return node;
        } catch (JsonProcessingException e) {
            int offset = e.getLocation() == null ? 0 : (int) e.getLocation().getCharOffset();
            ObjectNode detail = ValidationErrors.item("json_invalid", ValidationErrors.loc("body", offset),
                    "JSON decode error", object());
            detail.putObject("ctx").put("error", e.getOriginalMessage());
            throw ApiException.validation(detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON the simulator stored or was given to keep (a batch line); a failure is just an absent value. */
    public static JsonNode parseLenient(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
