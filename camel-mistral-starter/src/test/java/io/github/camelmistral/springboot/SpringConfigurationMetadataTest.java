package io.github.camelmistral.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata the annotation processor writes into the starter's jar, which IDEs read to complete and
 * document {@code camel.component.mistral.*} in application.yaml and application.properties.
 */
class SpringConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.mistral.";

    private static JsonNode metadata;
    private static Map<String, JsonNode> properties;

    @BeforeAll
    static void readTheStartersMetadata() throws IOException, URISyntaxException {
        // the starter's own file, not one of the many other jars' on the test class path
        Path classes = Path.of(MistralComponentConfiguration.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path file = classes.resolve("META-INF/spring-configuration-metadata.json");
        assertThat(file).as("written by spring-boot-configuration-processor").exists();
        try (InputStream in = Files.newInputStream(file)) {
            metadata = new ObjectMapper().readTree(in);
        }
        properties = StreamSupport.stream(metadata.path("properties").spliterator(), false)
                .collect(Collectors.toMap(property -> property.path("name").asText(), Function.identity()));
    }

    @Test
    void everyComponentOptionIsListedWithItsTypeAndDescription() throws Exception {
        assertThat(properties).containsKeys(PREFIX + "api-key", PREFIX + "base-url", PREFIX + "model",
                PREFIX + "max-retries", PREFIX + "retry-initial-delay", PREFIX + "max-connections",
                PREFIX + "requests-per-second", PREFIX + "proxy-password", PREFIX + "ssl-context-parameters",
                PREFIX + "health-check-producer-enabled", PREFIX + "additional-headers", PREFIX + "enabled");
        // one property per component option of the Camel catalog, and the switch of the auto-configuration
        assertThat(properties.values().stream().filter(property -> property.path("sourceType").asText()
                .equals(MistralComponentConfiguration.class.getName())).count()).isEqualTo(componentOptions() + 1);
        assertThat(properties).containsKey(PREFIX + "customizer.enabled");

        JsonNode apiKey = properties.get(PREFIX + "api-key");
        assertThat(apiKey.path("type").asText()).isEqualTo("java.lang.String");
        assertThat(apiKey.path("sourceType").asText()).isEqualTo(MistralComponentConfiguration.class.getName());
        assertThat(apiKey.path("description").asText()).contains("API key").contains("secret");

        JsonNode maxRetries = properties.get(PREFIX + "max-retries");
        assertThat(maxRetries.path("type").asText()).isEqualTo("java.lang.Integer");
        assertThat(maxRetries.path("description").asText()).isNotBlank();
        assertThat(properties.get(PREFIX + "retry-max-delay").path("type").asText()).isEqualTo("java.time.Duration");
    }

    @Test
    void theCatalogsDefaultsAndEnumValuesAreThereForTheIde() {
        assertThat(properties.get(PREFIX + "max-retries").path("defaultValue").asInt()).isEqualTo(2);
        assertThat(properties.get(PREFIX + "base-url").path("defaultValue").asText())
                .isEqualTo("https://api.mistral.ai");
        assertThat(properties.get(PREFIX + "request-timeout").path("defaultValue").asText()).isEqualTo("120s");

        JsonNode httpVersion = StreamSupport.stream(metadata.path("hints").spliterator(), false)
                .filter(hint -> hint.path("name").asText().equals(PREFIX + "http-version")).findFirst().orElseThrow();
        assertThat(httpVersion.path("values").findValuesAsText("value")).containsExactly("auto", "1.1", "2");
    }

    /** How many options the component's catalog JSON lists. */
    private static long componentOptions() throws Exception {
        try (java.io.InputStream in = SpringConfigurationMetadataTest.class
                .getResourceAsStream("/META-INF/io/github/camelmistral/mistral.json")) {
            JsonNode catalog = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            return catalog.path("componentProperties").size();
        }
    }
}
