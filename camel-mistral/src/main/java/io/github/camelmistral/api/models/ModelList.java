package io.github.camelmistral.api.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.MistralJson;

/**
 * The answer of {@code GET /v1/models}: {@code {object:"list", data:[...]}} per the schema. The spec's example shows a
 * bare array instead, so that is read too. The list is not paginated.
 */
public record ModelList(String object, List<ModelCard> data) {

    public ModelList {
        data = data == null ? List.of() : List.copyOf(data);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ModelList read(JsonNode node) {
        JsonNode items = node.isArray() ? node : node.path("data");
        List<ModelCard> models = items.isArray()
                ? MistralJson.mapper().convertValue(items, MistralJson.mapper().getTypeFactory()
                        .constructCollectionType(List.class, ModelCard.class))
                : List.of();
        return new ModelList(node.isObject() && node.hasNonNull("object") ? node.get("object").asText() : "list", models);
    }
}
