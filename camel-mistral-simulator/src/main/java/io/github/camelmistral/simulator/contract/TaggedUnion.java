package io.github.camelmistral.simulator.contract;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ValidationErrors;

/**
 * A union discriminated by a tag field ({@code role} for messages, {@code type} for chunks). Like pydantic, the
 * location of a violation names the tag it was checked against. An absent or unknown tag is left to strict mode.
 */
final class TaggedUnion implements NodeShape {

    private final String tagField;
    private final Map<String, ObjectShape> variants;

    TaggedUnion(String tagField, Map<String, ObjectShape> variants) {
        this.tagField = tagField;
        this.variants = Map.copyOf(variants);
    }

    @Override
    public void checkObject(ObjectNode node, ArrayNode loc, List<ObjectNode> out) {
        JsonNode tag = node.get(tagField);
        ObjectShape variant = tag != null && tag.isTextual() ? variants.get(tag.asText()) : null;
        if (variant != null) {
            variant.checkObject(node, ValidationErrors.append(loc.deepCopy(), tag.asText()), out);
        }
    }
}
