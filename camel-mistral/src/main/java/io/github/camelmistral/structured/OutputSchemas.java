package io.github.camelmistral.structured;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import io.github.camelmistral.api.MistralJson;

/**
 * The strict JSON schema of an output class (records and beans), as the API accepts it: every object closed
 * ({@code additionalProperties: false}), every property required except those of type {@code Optional}, no
 * {@code $schema} keyword. Generated with victools jsonschema-generator and its Jackson module (so
 * {@code @JsonProperty} names apply), once per class.
 */
public final class OutputSchemas {

    private static final SchemaGenerator GENERATOR = generator();
    private static final Map<Class<?>, Map<String, Object>> CACHE = new ConcurrentHashMap<>();

    private OutputSchemas() {
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MistralJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields().withRequiredCheck(field -> !field.getType().isInstanceOf(Optional.class));
        return new SchemaGenerator(config.build());
    }

    /** The schema of {@code type}, as a map for the request's {@code response_format}. */
    public static Map<String, Object> of(Class<?> type) {
        return CACHE.computeIfAbsent(type, OutputSchemas::generate);
    }

    private static Map<String, Object> generate(Class<?> type) {
        ObjectNode schema = GENERATOR.generateSchema(type);
        if (!"object".equals(schema.path("type").asText())) {
            throw new IllegalArgumentException("outputClass " + type.getName() + " is not an object type (a record or a "
                                               + "bean): its schema is " + schema);
        }
        return MistralJson.mapper().convertValue(schema, MistralJson.mapper().getTypeFactory()
                .constructMapType(Map.class, String.class, Object.class));
    }

    /** The required properties the reply lacks at the top level, as a message; null when none is missing. */
    static String missingRequired(Class<?> type, JsonNode reply) {
        Object required = of(type).get("required");
        if (!(required instanceof Iterable<?> names)) {
            return null;
        }
        StringBuilder missing = new StringBuilder();
        for (Object name : names) {
            JsonNode value = reply.get(String.valueOf(name));
            if (value == null || value.isNull()) {
                missing.append(missing.length() == 0 ? "" : ", ").append(name);
            }
        }
        return missing.length() == 0 ? null : "the required properties " + missing + " are missing";
    }
}
