package io.github.camelmistral.simulator.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ValidationErrors;

/**
 * An object schema with {@code additionalProperties: false}: any other key, even one whose value is null, is
 * {@code extra_forbidden}; a required key that is absent is {@code missing}. Immutable; built once per endpoint.
 */
final class ObjectShape implements NodeShape, RequestShape {

    private final Set<String> fields;
    private final Set<String> required;
    private final Map<String, NodeShape> nested;

    private ObjectShape(Set<String> fields, Set<String> required, Map<String, NodeShape> nested) {
        this.fields = fields;
        this.required = required;
        this.nested = nested;
    }

    static ObjectShape of(String... fields) {
        return new ObjectShape(Set.of(fields), Set.of(), Map.of());
    }

    ObjectShape required(String... names) {
        Set<String> all = new LinkedHashSet<>(List.of(names));
        if (!fields.containsAll(all)) {
            throw new IllegalArgumentException("required fields must be allowed fields: " + all);
        }
        return new ObjectShape(fields, Set.copyOf(all), nested);
    }

    ObjectShape nested(String field, NodeShape shape) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("not an allowed field: " + field);
        }
        Map<String, NodeShape> all = new LinkedHashMap<>(nested);
        all.put(field, shape);
        return new ObjectShape(fields, required, Map.copyOf(all));
    }

    @Override
    public List<ObjectNode> violations(JsonNode body) {
        if (!body.isObject()) {
            return List.of(ValidationErrors.notAnObject(body));
        }
        List<ObjectNode> out = new ArrayList<>();
        check(body, ValidationErrors.loc("body"), out);
        return out;
    }

    @Override
    public void checkObject(ObjectNode node, ArrayNode loc, List<ObjectNode> out) {
        for (String name : required) {
            if (!node.has(name)) {
                out.add(ValidationErrors.missing(ValidationErrors.append(loc.deepCopy(), name), node));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            ArrayNode fieldLoc = ValidationErrors.append(loc.deepCopy(), field.getKey());
            if (!fields.contains(field.getKey())) {
                out.add(ValidationErrors.extraForbidden(fieldLoc, field.getValue()));
            } else if (nested.containsKey(field.getKey())) {
                nested.get(field.getKey()).check(field.getValue(), fieldLoc, out);
            }
        }
    }
}
