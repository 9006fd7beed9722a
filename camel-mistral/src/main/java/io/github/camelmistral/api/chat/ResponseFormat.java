package io.github.camelmistral.api.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the reply is shaped: {@code text}, {@code json_object} (JSON mode) or {@code json_schema} (constrained to a
 * schema). In every mode the reply still arrives as a string in the message content.
 */
public record ResponseFormat(String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {

    public static final ResponseFormat TEXT = new ResponseFormat("text", null);
    public static final ResponseFormat JSON_OBJECT = new ResponseFormat("json_object", null);

    public static ResponseFormat jsonSchema(String name, Map<String, Object> schema, Boolean strict) {
        return new ResponseFormat("json_schema", new JsonSchema(name, null, schema, strict));
    }

    /** A named JSON schema the reply must follow. */
    public record JsonSchema(String name, String description, Map<String, Object> schema, Boolean strict) {
    }
}
