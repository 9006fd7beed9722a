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
 * OCR annotations. Every declared property is filled, enums take their first value, numbers, string lengths and
 * array sizes keep to their bounds, and local references ({@code #/$defs/...}) are followed to a bounded depth.
 * Not honoured: {@code pattern}, {@code uniqueItems} with several items, {@code not} and conditionals.
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
                JsonNode extra = schema.path("additionalProperties");
                for (JsonNode required : schema.path("required")) {
                    if (!object.has(required.asText())) {
                        object.set(required.asText(), extra.isObject() ? sample(extra, depth + 1)
                                : TextNode.valueOf("simulated"));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = Json.array();
                JsonNode prefix = schema.path("prefixItems");
                prefix.forEach(item -> array.add(sample(item, depth + 1)));
                int count = Math.max(Math.max(1, schema.path("minItems").asInt(1)), prefix.size());
                count = Math.min(count, schema.path("maxItems").asInt(Integer.MAX_VALUE));
                while (array.size() < count) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return Json.MAPPER.getNodeFactory().numberNode((long) number(schema, 1, true));
            }
            case "number" -> {
                return Json.MAPPER.getNodeFactory().numberNode(number(schema, 0.5, false));
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

    /**
     * A number within the schema's bounds: {@code preferred} when they allow it, else the middle of a closed range,
     * or the nearest whole step inside an open one. {@code multipleOf} is honoured upwards.
     */
    private static double number(JsonNode schema, double preferred, boolean integer) {
        NumberRange range = new NumberRange(schema.path("minimum").asDouble(Double.NEGATIVE_INFINITY),
                schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asDouble() : Double.NEGATIVE_INFINITY,
                schema.path("maximum").asDouble(Double.POSITIVE_INFINITY),
                schema.has("exclusiveMaximum") ? schema.get("exclusiveMaximum").asDouble() : Double.POSITIVE_INFINITY);
        double value = range.pick(preferred, integer);
        double multiple = schema.path("multipleOf").asDouble(0);
        return multiple > 0 ? Math.ceil(value / multiple) * multiple : value;
    }

    private record NumberRange(double min, double exclusiveMin, double max, double exclusiveMax) {

        boolean fits(double value) {
            return value >= min && value > exclusiveMin && value <= max && value < exclusiveMax;
        }

        double pick(double preferred, boolean integer) {
            if (fits(preferred)) {
                return preferred;
            }
            double low = Math.max(min, exclusiveMin);
            double high = Math.min(max, exclusiveMax);
            if (integer) {
                double start = Double.isInfinite(low) ? Math.floor(high) : Math.ceil(low);
                double step = Double.isInfinite(low) ? -1 : 1;
                return fits(start) ? start : start + step;
            }
            if (!Double.isInfinite(low) && !Double.isInfinite(high)) {
                return (low + high) / 2;
            }
            return Double.isInfinite(low) ? high - 1 : low + 1;
        }
    }

    /** A string of the schema's format, stretched or cut to its length bounds (formats come unchanged). */
    private static String stringSample(JsonNode schema) {
        String format = switch (schema.path("format").asText()) {
            case "date-time" -> "2024-01-01T00:00:00Z";
            case "date" -> "2024-01-01";
            case "time" -> "00:00:00Z";
            case "duration" -> "PT1S";
            case "email" -> "simulator@example.com";
            case "hostname" -> "example.com";
            case "ipv4" -> "127.0.0.1";
            case "ipv6" -> "::1";
            case "uri", "url", "iri" -> "https://example.com/simulator";
            case "uuid" -> "00000000-0000-4000-8000-000000000000";
            default -> null;
        };
        if (format != null) {
            return format;
        }
        StringBuilder text = new StringBuilder("simulated");
        int min = schema.path("minLength").asInt(0);
        while (text.length() < min) {
            text.append(" simulated");
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text.toString();
    }
}
