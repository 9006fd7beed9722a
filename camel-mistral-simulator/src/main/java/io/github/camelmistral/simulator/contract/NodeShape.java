package io.github.camelmistral.simulator.contract;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ValidationErrors;

/**
 * The allowed field names of an object found somewhere in a request. Arrays are looked through, so one shape serves
 * a field that holds an object, a list of them or a list of lists (chat moderation input). Scalars and nulls pass:
 * their types are strict mode's business; this check exists for the {@code extra_forbidden} rule alone.
 */
interface NodeShape {

    void checkObject(ObjectNode node, ArrayNode loc, List<ObjectNode> out);

    default void check(JsonNode node, ArrayNode loc, List<ObjectNode> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), ValidationErrors.append(loc.deepCopy(), i), out);
            }
        } else if (node.isObject()) {
            checkObject((ObjectNode) node, loc, out);
        }
    }
}
