package io.github.camelmistral.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Assumptions;

/** The official spec's response schemas, to check what the simulator answers (tests only: the server checks requests). */
final class SpecResponses {

    private final JsonSchema document;

    private SpecResponses(Path spec) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        document = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(spec.toUri().toString()), tree, config);
    }

    static SpecResponses load(Path spec) {
        return new SpecResponses(spec);
    }

    /** The spec named by the simulator's spec property; the calling test is skipped where it is not at hand. */
    static SpecResponses fromSystemProperty() {
        Path path = MistralSimulator.Builder.specFromSystemProperty().orElse(null);
        Assumptions.assumeTrue(path != null, "needs the spec (system property " + MistralSimulator.SPEC_PROPERTY + ")");
        return load(path);
    }

    /** The messages of {@code body} against the JSON response of {@code specPath} (e.g. "/v1/agents"). */
    Set<String> violations(String specPath, String method, String status, JsonNode body) {
        JsonSchema schema = document.getSubSchema(new JsonNodePath(PathType.JSON_POINTER).append("paths")
                .append(specPath).append(method).append("responses").append(status).append("content")
                .append("application/json").append("schema"));
        return messages(schema.validate(body));
    }

    /** The messages of {@code value} against the component schema {@code name} (e.g. "ResponseDoneEvent"). */
    Set<String> componentViolations(String name, JsonNode value) {
        JsonSchema schema = document.getSubSchema(new JsonNodePath(PathType.JSON_POINTER).append("components")
                .append("schemas").append(name));
        return messages(schema.validate(value));
    }

    private static Set<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }
}
