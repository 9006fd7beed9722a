package io.github.camelmistral.simulator.http;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Items of FastAPI's 422 body, {@code {"detail":[{"type","loc","msg","input"}]}}, as the API returns them. */
public final class ValidationErrors {

    private ValidationErrors() {
    }

    public static ObjectNode item(String type, ArrayNode loc, String msg, JsonNode input) {
        ObjectNode item = Json.object();
        item.put("type", type);
        item.set("loc", loc);
        item.put("msg", msg);
        item.set("input", input == null ? NullNode.getInstance() : input);
        return item;
    }

    public static ObjectNode extraForbidden(ArrayNode loc, JsonNode input) {
        return item("extra_forbidden", loc, "Extra inputs are not permitted", input);
    }

    public static ObjectNode missing(ArrayNode loc, JsonNode input) {
        return item("missing", loc, "Field required", input);
    }

    /** A body that is not a JSON object where the endpoint expects one. */
    public static ObjectNode notAnObject(JsonNode input) {
        return item("model_attributes_type", loc("body"),
                "Input should be a valid dictionary or object to extract fields from", input);
    }

    public static ObjectNode enumMismatch(ArrayNode loc, List<String> allowed, JsonNode input) {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < allowed.size(); i++) {
            if (i > 0) {
                expected.append(i == allowed.size() - 1 ? " or " : ", ");
            }
            expected.append('\'').append(allowed.get(i)).append('\'');
        }
        ObjectNode item = item("enum", loc, "Input should be " + expected, input);
        item.putObject("ctx").put("expected", expected.toString());
        return item;
    }

    /** A location array; segments are field names (strings) or list indexes (integers). */
    public static ArrayNode loc(Object... segments) {
        ArrayNode loc = Json.array();
        for (Object segment : segments) {
            append(loc, segment);
        }
        return loc;
    }

    public static ArrayNode append(ArrayNode loc, Object segment) {
        if (segment instanceof Integer index) {
            loc.add(index);
        } else {
            loc.add(String.valueOf(segment));
        }
        return loc;
    }

    public static ObjectNode body(List<ObjectNode> items) {
        ObjectNode body = Json.object();
        body.putArray("detail").addAll(items);
        return body;
    }
}
