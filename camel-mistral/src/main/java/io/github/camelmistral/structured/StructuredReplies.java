package io.github.camelmistral.structured;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.camelmistral.api.MistralJson;

/** Reads a model's reply into the output class, or says why it cannot. */
public final class StructuredReplies {

    /** A reply read: the value, or the problem with the reply (never both). */
    public record Parsed(Object value, String problem) {
    }

    /** Reads {@code Optional} properties (absent: {@code Optional.empty()}), and refuses unknown ones. */
    private static final ObjectMapper READER = MistralJson.mapper().copy().registerModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StructuredReplies() {
    }

    public static Parsed parse(Class<?> type, String reply) {
        if (reply == null || reply.isBlank()) {
            return new Parsed(null, "the reply is empty");
        }
        JsonNode tree;
        try {
            tree = MistralJson.mapper().readTree(strip(reply));
        } catch (Exception e) {
            return new Parsed(null, "the reply is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        String missing = tree.isObject() ? OutputSchemas.missingRequired(type, tree) : "the reply is not a JSON object";
        if (missing != null) {
            return new Parsed(null, missing);
        }
        try {
            return new Parsed(READER.treeToValue(tree, type), null);
        } catch (Exception e) {
            return new Parsed(null, "the reply does not fit the class (" + e.getMessage().lines().findFirst().orElse("")
                                    + ")");
        }
    }

    /** A JSON document some models wrap in a markdown fence. */
    private static String strip(String reply) {
        String text = reply.strip();
        if (text.startsWith("```")) {
            int start = text.indexOf('\n');
            int end = text.lastIndexOf("```");
            if (start > 0 && end > start) {
                return text.substring(start + 1, end);
            }
        }
        return text;
    }
}
