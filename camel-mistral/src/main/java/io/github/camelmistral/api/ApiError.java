package io.github.camelmistral.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error the API reported, read leniently from every body shape it is known to use: the FastAPI
 * {@code {"detail":[{loc,msg,type}]}} validation shape, the documented {@code {object:"error", message, type, code}}
 * shape (with {@code message} as a string, an object or an array, and {@code code} as a string, a number or null),
 * and the gateway shapes {@code {"message": "..."}} and {@code {"detail": "..."}}.
 */
public record ApiError(String type, String code, String message) {

    static final ApiError NONE = new ApiError(null, null, null);

    /** Reads the error from a response body; never fails, whatever the body is. */
    public static ApiError parse(String body) {
        if (body == null || body.isBlank()) {
            return NONE;
        }
        JsonNode root;
        try {
            root = MistralJson.mapper().readTree(body);
        } catch (Exception e) {
            return new ApiError(null, null, abbreviate(body.strip()));
        }
        if (root == null || !root.isObject()) {
            return new ApiError(null, null, root == null ? null : abbreviate(flatten(root)));
        }
        String type = text(root.get("type"));
        String code = text(root.get("code"));
        String message = null;
        JsonNode messageNode = root.get("message");
        if (messageNode != null && !messageNode.isNull()) {
            JsonNode nestedDetail = messageNode.isObject() ? messageNode.get("detail") : null;
            if (nestedDetail != null) {
                message = flattenDetail(nestedDetail);
                type = type != null ? type : firstDetailType(nestedDetail);
            } else {
                message = flatten(messageNode);
            }
        }
        JsonNode detail = root.get("detail");
        if (message == null && detail != null && !detail.isNull()) {
            message = flattenDetail(detail);
            type = type != null ? type : firstDetailType(detail);
        }
        return new ApiError(type, code, message == null ? null : abbreviate(message));
    }

    private static String flattenDetail(JsonNode detail) {
        if (!detail.isArray()) {
            return flatten(detail);
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode item : detail) {
            if (item.isObject() && item.has("msg")) {
                String loc = item.has("loc") ? joinLoc(item.get("loc")) : null;
                String type = text(item.get("type"));
                parts.add((loc != null ? loc + ": " : "") + text(item.get("msg")) + (type != null ? " [" + type + "]" : ""));
            } else {
                parts.add(flatten(item));
            }
        }
        return String.join("; ", parts);
    }

    private static String firstDetailType(JsonNode detail) {
        if (detail.isArray() && !detail.isEmpty()) {
            return text(detail.get(0).get("type"));
        }
        return null;
    }

    private static String joinLoc(JsonNode loc) {
        if (!loc.isArray()) {
            return text(loc);
        }
        List<String> parts = new ArrayList<>();
        loc.forEach(n -> parts.add(n.asText()));
        return String.join(".", parts);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static String flatten(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) + "..." : text;
    }
}
