package io.github.camelmistral.springboot;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's configuration class has a property for every option of the component's catalog: a component option
 * added without running generate-configuration.py fails here.
 */
class ConfigurationInStepTest {

    @Test
    void everyComponentOptionHasASpringBootProperty() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelmistral/mistral.json")) {
            assertThat(in).as("the component JSON on the classpath").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        List<String> missing = new ArrayList<>();
        catalog.path("componentProperties").fieldNames().forEachRemaining(name -> {
            try {
                MistralComponentConfiguration.class.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                missing.add(name);
            }
        });
        assertThat(missing).as("component options without a camel.component.mistral.* property").isEmpty();
    }
}
