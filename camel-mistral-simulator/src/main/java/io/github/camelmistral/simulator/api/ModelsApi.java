package io.github.camelmistral.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.resources.ModelCard;
import io.github.camelmistral.simulator.resources.ModelRegistry;

/** Models: list, retrieve, delete (fine-tuned only; 403 for base models), and the fine-tuned model updates. */
public final class ModelsApi {

    private final ModelRegistry models;

    private ModelsApi(ModelRegistry models) {
        this.models = models;
    }

    public static void register(Router router, ModelRegistry models) {
        ModelsApi api = new ModelsApi(models);
        router.add("GET", "/v1/models", api::list)
                .add("GET", "/v1/models/{model_id}", api::retrieve)
                .add("DELETE", "/v1/models/{model_id}", api::delete)
                .add("PATCH", "/v1/fine_tuning/models/{model_id}", api::update)
                .add("POST", "/v1/fine_tuning/models/{model_id}/archive", request -> api.archive(request, true))
                .add("DELETE", "/v1/fine_tuning/models/{model_id}/archive", request -> api.archive(request, false));
    }

    private static String id(SimRequest request) {
        return request.pathParam("model_id");
    }

    /** The schema's shape, {@code {object: "list", data: [...]}} (the spec's example shows a bare array). */
    private SimResponse list(SimRequest request) {
        ObjectNode list = Json.object().put("object", "list");
        ArrayNode data = list.putArray("data");
        models.list().forEach(card -> data.add(card.toCard()));
        return SimResponse.ok(list);
    }

    private SimResponse retrieve(SimRequest request) {
        return SimResponse.ok(models.get(id(request)).toCard());
    }

    private SimResponse delete(SimRequest request) {
        ModelCard deleted = models.delete(id(request));
        return SimResponse.ok(Json.object().put("id", deleted.id()).put("object", "model").put("deleted", true));
    }

    private SimResponse update(SimRequest request) {
        JsonNode body = request.json();
        ModelCard card = models.update(id(request), body.path("name").asText(null),
                body.path("description").asText(null));
        return SimResponse.ok(card.toFineTunedModelOut());
    }

    private SimResponse archive(SimRequest request, boolean archived) {
        ModelCard card = models.archive(id(request), archived);
        return SimResponse.ok(Json.object().put("id", card.id()).put("object", "model").put("archived", archived));
    }
}
