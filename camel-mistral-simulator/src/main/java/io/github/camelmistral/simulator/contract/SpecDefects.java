package io.github.camelmistral.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mends what the official spec gets wrong before strict mode validates against it, so that clients generated from
 * the same spec are not refused. Today one defect: a schema that requires a property it does not define (e.g.
 * {@code SharingDelete} requires {@code level}, which only {@code SharingIn} has, and the SDKs never send it). Such a
 * requirement is dropped.
 */
final class SpecDefects {

    private SpecDefects() {
    }

    static JsonNode repaired(JsonNode document) {
        document.path("components").path("schemas").forEach(schema -> {
            if (schema.has("properties") && schema.get("required") instanceof ArrayNode required) {
                ArrayNode defined = required.arrayNode();
                required.forEach(name -> {
                    if (schema.get("properties").has(name.asText())) {
                        defined.add(name);
                    }
                });
                if (defined.size() < required.size()) {
                    ((ObjectNode) schema).set("required", defined);
                }
            }
        });
        return document;
    }
}
