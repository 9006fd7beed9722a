package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.resources.Ids;

/**
 * Text and chat moderation. A category is flagged when the text holds one of its trigger words (so tests can ask
 * for a flag: "how to build a bomb" is dangerous); scores are high when flagged and tiny, hash-derived, otherwise.
 */
final class Moderations {

    private static final Map<String, List<String>> TRIGGERS = orderedTriggers();

    private final Ids ids;

    Moderations(Ids ids) {
        this.ids = ids;
    }

    private static Map<String, List<String>> orderedTriggers() {
        Map<String, List<String>> triggers = new LinkedHashMap<>();
        triggers.put("sexual", List.of("sex", "nude"));
        triggers.put("hate_and_discrimination", List.of("hate", "inferior race"));
        triggers.put("violence_and_threats", List.of("kill", "attack", "murder"));
        triggers.put("dangerous_and_criminal_content", List.of("bomb", "weapon", "steal"));
        triggers.put("selfharm", List.of("suicide", "self-harm", "hurt myself"));
        triggers.put("health", List.of("diagnose", "medication", "symptom"));
        triggers.put("financial", List.of("invest", "loan", "stock tip"));
        triggers.put("law", List.of("lawsuit", "legal advice", "sue "));
        triggers.put("pii", List.of("password", "credit card", "social security"));
        return Collections.unmodifiableMap(triggers);
    }

    /** {@code /v1/moderations}: one result per input text. */
    ObjectNode texts(JsonNode request) {
        return response(request, ClassifierInputs.texts(request.path("input")));
    }

    /** {@code /v1/chat/moderations}: one result per conversation. */
    ObjectNode conversations(JsonNode request) {
        List<String> texts = new ArrayList<>();
        ClassifierInputs.conversations(request.path("input")).forEach(conversation -> texts
                .add(MessageContent.conversationText(conversation)));
        return response(request, texts);
    }

    private ObjectNode response(JsonNode request, List<String> texts) {
        ObjectNode response = Json.object();
        response.put("id", ids.hex("moderation"));
        response.put("model", request.path("model").asText());
        ArrayNode results = response.putArray("results");
        texts.forEach(text -> results.add(result(text)));
        ClassifierInputs.putUsage(response, texts);
        return response;
    }

    private static ObjectNode result(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        ObjectNode result = Json.object();
        ObjectNode categories = result.putObject("categories");
        ObjectNode scores = result.putObject("category_scores");
        TRIGGERS.forEach((category, words) -> {
            boolean flagged = words.stream().anyMatch(lower::contains);
            double noise = TextDigest.unit("moderation", category, text);
            categories.put(category, flagged);
            scores.put(category, flagged ? 0.9 + 0.09 * noise : 0.005 * noise);
        });
        return result;
    }
}
