package io.github.camelmistral.simulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredOutputTest extends SimulatorTestSupport {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    static Stream<String> schemas() {
        return Stream.of(
                // what a Java record's generated schema looks like: strict objects, a nested $defs reference
                """
                {"type":"object","additionalProperties":false,"required":["title","year","author","tags"],
                 "properties":{"title":{"type":"string","minLength":20,"maxLength":40},
                   "year":{"type":"integer","minimum":1900,"maximum":2100},
                   "rating":{"type":"number","exclusiveMinimum":0,"maximum":0.25},
                   "author":{"$ref":"#/$defs/person"},
                   "tags":{"type":"array","items":{"type":"string","enum":["novel","poem"]},"minItems":2,"maxItems":3},
                   "isbn":{"type":["string","null"],"maxLength":4}},
                 "$defs":{"person":{"type":"object","additionalProperties":false,"required":["name","born"],
                   "properties":{"name":{"type":"string"},"born":{"type":"string","format":"date"},
                     "email":{"type":"string","format":"email"}}}}}
                """,
                """
                {"type":"array","minItems":1,"maxItems":1,"items":{"anyOf":[{"type":"null"},
                  {"type":"object","properties":{"when":{"type":"string","format":"date-time"},
                    "id":{"type":"string","format":"uuid"},"count":{"type":"integer","multipleOf":5,"minimum":7},
                    "ok":{"type":"boolean"},"kind":{"const":"event"}},"required":["when","id","count","ok","kind"]}]}}
                """,
                """
                {"type":"object","required":["answer","extra"],"properties":{"answer":{"type":"string"}},
                 "additionalProperties":{"type":"integer","maximum":-3}}
                """);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void theReplyIsAJsonDocumentValidForTheRequestedSchema(String schemaText) {
        JsonNode schema = SimulatorClient.parse(schemaText);
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "messages",
                List.of(Map.of("role", "user", "content", "Answer as JSON")), "response_format",
                Map.of("type", "json_schema", "json_schema", Map.of("name", "answer", "strict", true, "schema",
                        SimulatorClient.MAPPER.convertValue(schema, Map.class))));

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String content = response.json().path("choices").get(0).path("message").path("content").asText();
        Set<ValidationMessage> errors = FACTORY.getSchema(schema, FORMATS).validate(SimulatorClient.parse(content));
        assertThat(errors).as(content).isEmpty();
    }

    /** Tool parameters are object schemas. */
    static Stream<String> objectSchemas() {
        return schemas().filter(schema -> SimulatorClient.parse(schema).path("type").asText().equals("object"));
    }

    @ParameterizedTest
    @MethodSource("objectSchemas")
    void toolCallArgumentsAreValidForTheToolParameters(String schemaText) {
        JsonNode schema = SimulatorClient.parse(schemaText);
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "tool_choice", "any",
                "messages", List.of(Map.of("role", "user", "content", "go")), "tools", List.of(Map.of("type",
                        "function", "function", Map.of("name", "record", "parameters",
                                SimulatorClient.MAPPER.convertValue(schema, Map.class)))));

        JsonNode call = client.postJson("/v1/chat/completions", request).json().path("choices").get(0)
                .path("message").path("tool_calls").get(0);

        String arguments = call.path("function").path("arguments").asText();
        assertThat(FACTORY.getSchema(schema, FORMATS).validate(SimulatorClient.parse(arguments))).as(arguments)
                .isEmpty();
    }
}
