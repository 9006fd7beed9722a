package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The input forms the moderation and classification endpoints share, and their usage block. */
final class ClassifierInputs {

    private ClassifierInputs() {
    }

    /** {@code input: string | string[]}. */
    static List<String> texts(JsonNode input) {
        List<String> texts = new ArrayList<>();
        if (input.isArray()) {
            input.forEach(text -> texts.add(text.asText()));
        } else {
            texts.add(input.asText());
        }
        return texts;
    }

    /** {@code input: Message[] | Message[][]}: one conversation, or several. */
    static List<JsonNode> conversations(JsonNode input) {
        List<JsonNode> conversations = new ArrayList<>();
        if (input.isArray() && input.size() > 0 && input.get(0).isArray()) {
            input.forEach(conversations::add);
        } else {
            conversations.add(input);
        }
        return conversations;
    }

    static void putUsage(ObjectNode response, List<String> texts) {
        int tokens = texts.stream().mapToInt(TextDigest::tokens).sum();
        response.putObject("usage").put("prompt_tokens", tokens).put("completion_tokens", 0)
                .put("total_tokens", tokens);
    }
}
