package io.github.camelmistral.kamelets;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmistral.MistralApiName;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.consumer.Triggers;
import io.github.camelmistral.kamelets.KameletCatalog.KameletFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Kamelet file must satisfy to work in Camel K and in plain Camel, and to say what it does truthfully:
 * the catalog's shape, properties that match the template's placeholders, secrets marked as such, and template
 * options, enums and defaults that the component really has (read from the component's own metadata).
 */
class KameletConventionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([^}]+)}}");
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "object", "array");

    private static JsonNode component;

    @BeforeAll
    static void readComponentMetadata() throws Exception {
        try (InputStream in = KameletConventionsTest.class.getResourceAsStream("/META-INF/io/github/camelmistral/mistral.json")) {
            assertThat(in).as("the component's metadata on the classpath").isNotNull();
            component = new ObjectMapper().readTree(in);
        }
    }

    static List<KameletFile> kamelets() {
        return KameletCatalog.all();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void hasTheCatalogShape(KameletFile file) {
        JsonNode kamelet = file.kamelet();
        assertThat(kamelet.path("apiVersion").asText()).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(file.fileName()).isEqualTo(file.name() + KameletCatalog.SUFFIX);
        assertThat(file.name()).startsWith("mistral-");
        String type = kamelet.at("/metadata/labels").path("camel.apache.org/kamelet.type").asText();
        assertThat(type).isIn("source", "action", "sink");
        assertThat(file.name()).endsWith("-" + type);
        JsonNode annotations = kamelet.at("/metadata/annotations");
        for (String annotation : List.of("camel.apache.org/kamelet.support.level", "camel.apache.org/catalog.version",
                "camel.apache.org/provider", "camel.apache.org/kamelet.group")) {
            assertThat(annotations.path(annotation).asText()).as(annotation).isNotBlank();
        }
        assertThat(annotations.path("camel.apache.org/catalog.version").asText()).isEqualTo(componentVersion());
        assertThat(file.definition().path("title").asText()).isNotBlank();
        assertThat(file.definition().path("description").asText()).isNotBlank();
        assertThat(file.definition().path("type").asText()).isEqualTo("object");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyPropertyIsDescribedAndRequiredOnesExist(KameletFile file) {
        JsonNode properties = file.definition().path("properties");
        properties.properties().forEach(property -> {
            JsonNode value = property.getValue();
            assertThat(value.path("title").asText()).as("title of %s", property.getKey()).isNotBlank();
            assertThat(value.path("description").asText()).as("description of %s", property.getKey()).isNotBlank();
            assertThat(value.path("type").asText()).as("type of %s", property.getKey()).isIn(TYPES);
        });
        file.definition().path("required").forEach(required ->
                assertThat(properties.has(required.asText())).as("required %s is a property", required).isTrue());
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void placeholdersAndPropertiesMatch(KameletFile file) {
        JsonNode properties = file.definition().path("properties");
        Set<String> required = new HashSet<>();
        file.definition().path("required").forEach(name -> required.add(name.asText()));
        Set<String> used = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(file.template().toString());
        while (matcher.find()) {
            String name = matcher.group(2);
            boolean optional = matcher.group(1) != null;
            assertThat(properties.has(name)).as("{{%s}} is a declared property", name).isTrue();
            used.add(name);
            JsonNode property = properties.path(name);
            // camel-kamelet refuses a {{name}} that has no value: only required or defaulted properties may use it
            if (!optional) {
                assertThat(required.contains(name) || property.has("default"))
                        .as("%s has a value whenever {{%s}} is used (else {{?%s}})", name, name, name).isTrue();
            }
        }
        assertThat(used).as("properties used by the template").containsExactlyInAnyOrderElementsOf(fieldNames(properties));
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void theKeyIsASecretAndEveryKameletCanBePointedAtASimulator(KameletFile file) {
        JsonNode properties = file.definition().path("properties");
        assertThat(properties.has("apiKey")).isTrue();
        assertThat(properties.at("/baseUrl/default").asText()).isEqualTo("https://api.mistral.ai");
        properties.properties().forEach(property -> {
            boolean secret = property.getKey().matches("(?i).*(key|token|secret|password)$");
            assertThat("password".equals(property.getValue().path("format").asText()))
                    .as("%s is marked a password exactly when it is a secret", property.getKey()).isEqualTo(secret);
            if (secret) {
                assertThat(texts(property.getValue().path("x-descriptors"))).as(property.getKey())
                        .contains("urn:camel:group:credentials", "urn:alm:descriptor:com.tectonic.ui:password");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void actionsReturnToTheCallerAndSourcesEndInTheSink(KameletFile file) {
        String type = file.kamelet().at("/metadata/labels").path("camel.apache.org/kamelet.type").asText();
        String from = file.template().at("/from/uri").asText();
        String template = file.template().toString();
        if (type.equals("action")) {
            assertThat(from).isEqualTo("kamelet:source");
            assertThat(template).doesNotContain("kamelet:sink");
        } else {
            assertThat(from).startsWith("mistral:");
            assertThat(template).contains("\"kamelet:sink\"");
        }
        assertThat(texts(file.kamelet().at("/spec/dependencies")))
                .contains("camel:kamelet", "mvn:io.github.camelmistral:camel-mistral:" + componentVersion());
    }

    /** Each option the template passes is an option of the component, with the same enum and default. */
    @ParameterizedTest
    @MethodSource("kamelets")
    void templateOptionsAreRealComponentOptions(KameletFile file) {
        List<JsonNode> endpoints = mistralEndpoints(file.template());
        assertThat(endpoints).as("mistral: endpoints of the template").hasSize(1);
        JsonNode endpoint = endpoints.get(0);
        String api = endpoint.path("uri").asText().substring("mistral:".length());
        JsonNode properties = file.definition().path("properties");
        endpoint.path("parameters").properties().forEach(parameter -> {
            JsonNode option = component.path("properties").path(parameter.getKey());
            assertThat(option.isObject()).as("mistral:%s has option %s", api, parameter.getKey()).isTrue();
            Matcher matcher = PLACEHOLDER.matcher(parameter.getValue().asText());
            assertThat(matcher.find()).as("%s comes from a property", parameter.getKey()).isTrue();
            JsonNode property = properties.path(matcher.group(2));
            if (property.has("enum")) {
                assertThat(texts(option.path("enum"))).as("enum of %s", parameter.getKey())
                        .containsAll(texts(property.path("enum")));
            }
            if (option.has("defaultValue") && property.has("default")) {
                assertThat(property.path("default").asText()).as("default of %s", parameter.getKey())
                        .isEqualTo(option.path("defaultValue").asText());
            }
        });
        // on actions the model the call uses; on sources a filter, without a default
        if (properties.at("/model").has("default")) {
            assertThat(properties.at("/model/default").asText()).as("the component's default model")
                    .isEqualTo(MistralApiName.valueOf(api).defaultModel());
        }
        if (properties.has("event")) {
            assertThat(Triggers.events().get(api)).containsExactlyInAnyOrderElementsOf(texts(properties.at("/event/enum")));
        }
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void dataTypesNameRealHeadersAndTheirDefaults(KameletFile file) throws Exception {
        Set<String> headers = new HashSet<>();
        for (Field field : MistralConstants.class.getFields()) {
            if (field.getType() == String.class) {
                headers.add((String) field.get(null));
            }
        }
        JsonNode dataTypes = file.kamelet().at("/spec/dataTypes");
        assertThat(dataTypes.has("out")).isTrue();
        dataTypes.properties().forEach(direction -> {
            JsonNode types = direction.getValue().path("types");
            assertThat(types.has(direction.getValue().path("default").asText()))
                    .as("%s default is one of its types", direction.getKey()).isTrue();
            fieldNames(direction.getValue().path("headers"))
                    .forEach(header -> assertThat(headers).as("header constants").contains(header));
            types.forEach(type -> assertThat(type.path("format").asText()).isNotBlank());
        });
    }

    private static List<JsonNode> mistralEndpoints(JsonNode node) {
        List<JsonNode> found = new ArrayList<>();
        if (node.isObject() && node.path("uri").asText().startsWith("mistral:")) {
            found.add(node);
        }
        node.forEach(child -> found.addAll(mistralEndpoints(child)));
        return found;
    }

    private static String componentVersion() {
        return component.at("/component/version").asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
