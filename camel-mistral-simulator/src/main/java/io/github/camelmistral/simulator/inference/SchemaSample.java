package io.github.camelmistral.simulator.inference;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.simulator.http.Json;

/**
 * A plausible instance of a JSON schema: what the simulator answers for structured output, tool-call arguments and
 * OCR annotations. Every declared property is filled, enums take their first value, and local references
 * ({@code #/$defs/...}) are followed to a bounded depth.
 */
final class SchemaSample {

    private static final int MAX_DEPTH = 8;

    private final JsonNode root;

    private SchemaSample(JsonNode root) {
        this.root = root;
    }

    static JsonNode of(JsonNode schema) {
        return schema == null || schema.isMissingNode() ? Json.object() : new SchemaSample(schema).sample(schema, 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH || !schema.isObject()) {
            return NullNode.getInstance();
        }
        if (schema.has("$ref") && schema.get("$ref").asText().startsWith("#/")) {
            return sample(root.at(schema.get("$ref").asText().substring(1)), depth + 1);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        for (String combiner : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode branch : schema.path(combiner)) {
                if (!branch.path("type").asText().equals("null")) {
                    return sample(branch, depth + 1);
                }
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = Json.object();
            schema.get("allOf").forEach(part -> {
                JsonNode value = sample(part, depth + 1);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                }
            });
            return merged;
        }
        return byType(schema, type(schema), depth);
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private JsonNode byType(JsonNode schema, String type, int depth) {
        switch (type) {
            case "object" -> {
                ObjectNode object = Json.object();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), sample(property.getValue(), depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = Json.array();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count; i++) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return Json.MAPPER.getNodeFactory().numberNode(schema.path("minimum").asLong(1));
            }
            case "number" -> {
                return Json.MAPPER.getNodeFactory().numberNode(schema.path("minimum").asDouble(0.5));
            }
            case "boolean" -> {
                return Json.MAPPER.getNodeFactory().booleanNode(true);
            }
            case "null" -> {
                return NullNode.getInstance();
            }
            default -> {
                return TextNode.valueOf(stringSample(schema));
            }
        }
    }

    private static String stringSample(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "date-time" -> "2024-01-01T00:00:00Z";
            case "date" -> "2024-01-01";
            case "email" -> "simulator@example.com";
            case "uri", "url" -> "https://example.com/simulator";
            case "uuid" -> "00000000-0000-4000-8000-000000000000";
            default -> "simulated";
        };
    }
}
