package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.resources.Ids;
import io.github.camelmistral.simulator.resources.ModelCard;
import io.github.camelmistral.simulator.resources.ModelRegistry;

/**
 * Classification with a fine-tuned classifier: one score set per target of the model, summing to one per target.
 * The targets are those the classifier was trained with; an unknown model gets a sentiment target.
 */
final class Classifications {

    private static final Map<String, List<String>> DEFAULT_TARGETS = Map.of("sentiment",
            List.of("positive", "negative", "neutral"));

    private final Ids ids;
    private final ModelRegistry models;

    Classifications(Ids ids, ModelRegistry models) {
        this.ids = ids;
        this.models = models;
    }

    /** {@code /v1/classifications}: {@code input: string | string[]}. */
    ObjectNode texts(JsonNode request) {
        return response(request, ClassifierInputs.texts(request.path("input")));
    }

    /** {@code /v1/chat/classifications}: {@code input: {messages} | [{messages}]}. */
    ObjectNode conversations(JsonNode request) {
        JsonNode input = request.path("input");
        List<String> texts = new ArrayList<>();
        (input.isArray() ? input : Json.array().add(input)).forEach(
                conversation -> texts.add(MessageContent.conversationText(conversation.path("messages"))));
        return response(request, texts);
    }

    private ObjectNode response(JsonNode request, List<String> texts) {
        String model = request.path("model").asText();
        Map<String, List<String>> targets = targets(model);
        ObjectNode response = Json.object();
        response.put("id", ids.hex("classification"));
        response.put("model", model);
        ArrayNode results = response.putArray("results");
        for (String text : texts) {
            ObjectNode result = results.addObject();
            targets.forEach((target, labels) -> result.putObject(target).set("scores", scores(text, target, labels)));
        }
        ClassifierInputs.putUsage(response, texts);
        return response;
    }

    private Map<String, List<String>> targets(String model) {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        models.list().stream().filter(card -> card.id().equals(model) && card.isFineTuned())
                .map(ModelCard::fineTuning).findFirst()
                .ifPresent(tuning -> tuning.classifierTargets().forEach(target -> {
                    List<String> labels = new ArrayList<>();
                    target.path("labels").forEach(label -> labels.add(label.asText()));
                    targets.put(target.path("name").asText(), labels);
                }));
        return targets.isEmpty() ? DEFAULT_TARGETS : targets;
    }

    private static ObjectNode scores(String text, String target, List<String> labels) {
        double[] weights = new double[labels.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(4 * TextDigest.unit("classification", target, labels.get(i), text));
            sum += weights[i];
        }
        ObjectNode scores = Json.object();
        for (int i = 0; i < weights.length; i++) {
            scores.put(labels.get(i), weights[i] / sum);
        }
        return scores;
    }
}
