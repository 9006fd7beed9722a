package io.github.camelmistral.producer;

import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelmistral.api.MistralJson;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.IOHelper;

/**
 * Reads the JSON schemas of structured output ({@code jsonSchema} of chat, the annotation schemas of OCR), given inline
 * or as a resource reference such as {@code resource:classpath:schemas/invoice.json}.
 */
final class JsonSchemas {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private JsonSchemas() {
    }

    /**
     * The schema as a JSON object, or an {@link IllegalArgumentException} naming {@code source} (the option or header it
     * came from) when it cannot be read or is not a JSON object.
     */
    static Map<String, Object> parse(CamelContext context, String source, String value) {
        String json = value.strip();
        if (!json.startsWith("{")) {
            String location = json.startsWith("resource:") ? json.substring("resource:".length()) : json;
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, location)) {
                json = IOHelper.loadText(in);
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot read the JSON schema of " + source + " from '" + location
                                                   + "': " + e.getMessage(), e);
            }
        }
        try {
            return MistralJson.mapper().readValue(json, JSON_OBJECT);
        } catch (Exception e) {
            throw new IllegalArgumentException("The JSON schema of " + source + " is not a JSON object: " + e.getMessage(), e);
        }
    }
}
