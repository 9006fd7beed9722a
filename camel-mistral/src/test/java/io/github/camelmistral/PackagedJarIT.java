package io.github.camelmistral;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarFile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.MistralJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar a clean {@code mvn package} produces must carry what camel-package-maven-plugin generates: without the
 * configurers and URI factory, Camel falls back to reflection and tooling cannot see the component.
 */
class PackagedJarIT {

    private static final File JAR = new File(System.getProperty("packaged.jar", "target/camel-mistral-1.0.0-SNAPSHOT.jar"));

    @Test
    void generatedClassesAndServiceFilesAreInTheJar() throws Exception {
        try (JarFile jar = new JarFile(JAR)) {
            assertThat(jar.getEntry("io/github/camelmistral/MistralEndpointConfigurer.class")).isNotNull();
            assertThat(jar.getEntry("io/github/camelmistral/MistralComponentConfigurer.class")).isNotNull();
            assertThat(jar.getEntry("io/github/camelmistral/MistralEndpointUriFactory.class")).isNotNull();
            assertThat(jar.getEntry("META-INF/services/org/apache/camel/component/mistral")).isNotNull();
            assertThat(jar.getEntry("META-INF/services/org/apache/camel/configurer/mistral-endpoint")).isNotNull();
            assertThat(jar.getEntry("META-INF/services/org/apache/camel/configurer/mistral-component")).isNotNull();
            assertThat(jar.getEntry("META-INF/services/org/apache/camel/urifactory/mistral-endpoint")).isNotNull();
        }
    }

    @Test
    void theComponentJsonDescribesEveryOptionAndMarksTheKeySecret() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] { JAR.toURI().toURL() }, null);
             InputStream in = loader.getResourceAsStream("META-INF/io/github/camelmistral/mistral.json")) {
            assertThat(in).as("component JSON in the jar").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = MistralJson.mapper().readTree(text);
            assertThat(json.at("/component/scheme").asText()).isEqualTo("mistral");
            assertThat(json.at("/properties/apiKey/secret").asBoolean()).isTrue();
            assertThat(json.at("/componentProperties/apiKey/secret").asBoolean()).isTrue();
            json.get("properties").forEach(option -> assertThat(option.path("description").asText())
                    .as("description of %s", option).isNotBlank());
            json.get("headers").forEach(header -> assertThat(header.path("description").asText())
                    .as("description of %s", header).isNotBlank());
            assertThat(text).doesNotContain(MistralTestSupport.API_KEY);
        }
    }
}
