package io.github.camelmistral.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tool as the API describes it to the model: name, description and the JSON schema of its arguments.
 *
 * @param parameters the JSON schema of an object
 */
public record ToolDefinition(String name, String description, Map<String, Object> parameters) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> SHORTHAND_TYPES = Set.of("string", "integer", "number", "boolean");

    public ToolDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("mistral:tool needs a name of letters, digits, _ and - (at most 64), but "
                                               + "name is '" + name + "'");
        }
        parameters = Map.copyOf(parameters);
    }

    /** The schema of {@code parameter.<name>=<type>} options: every parameter required but the optional ones. */
    public static Map<String, Object> schemaOf(Map<String, String> shorthand, List<String> optional) {
        Map<String, Object> properties = new LinkedHashMap<>();
        shorthand.forEach((parameter, type) -> {
            String t = type.strip();
            if (!SHORTHAND_TYPES.contains(t)) {
                throw new IllegalArgumentException("mistral:tool parameter." + parameter + " has the type '" + type
                                                   + "'; the shorthand types are " + SHORTHAND_TYPES
                                                   + " (use the parameters option for a full JSON schema)");
            }
            properties.put(parameter, Map.of("type", t));
        });
        List<String> unknown = optional.stream().filter(o -> !shorthand.containsKey(o)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("mistral:tool optionalParameters names " + unknown
                                               + ", which are not among the parameters " + shorthand.keySet());
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", shorthand.keySet().stream().filter(p -> !optional.contains(p)).toList());
        return schema;
    }

    /** The entry of the request's {@code tools} list. */
    public Map<String, Object> toRequestTool() {
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("name", name);
        if (description != null) {
            function.put("description", description);
        }
        function.put("parameters", parameters);
        return Map.of("type", "function", "function", function);
    }
}
