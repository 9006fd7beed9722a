package io.github.camelmistral.kamelets;

import io.github.camelmistral.simulator.MistralSimulatorExtension;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kamelets exercised as Camel K runs them: YAML DSL routes and Pipes, loaded by camel-yaml-dsl, that refer to the
 * Kamelets by name (camel-kamelet finds them on the classpath) and call the simulator on loopback. In the YAML,
 * {@code {{mistral.url}}} and {@code {{mistral.key}}} are the simulator's base URL and the only key it accepts.
 */
abstract class KameletTestSupport extends CamelTestSupport {

    /** The only key the simulator accepts; tests search outputs for it. */
    static final String API_KEY = "sk-kamelet-test-7d41c0e2";

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(API_KEY);

    /** Loads a YAML DSL document (routes or a Pipe) into the test's CamelContext. */
    protected void loadYaml(String name, String yaml) throws Exception {
        context.getPropertiesComponent().addInitialProperty("mistral.key", API_KEY);
        context.getPropertiesComponent().addInitialProperty("mistral.url", sim.baseUrl());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(name, yaml));
    }

    /** Loads a Pipe named {@code name} whose {@code spec} is given (source, steps, sink). */
    protected void loadPipe(String name, String spec) throws Exception {
        loadYaml(name + ".pipe.yaml", """
                apiVersion: camel.apache.org/v1
                kind: Pipe
                metadata:
                  name: %s
                spec:
                %s""".formatted(name, spec.indent(2)));
    }

    /**
     * Points {@code kamelet} at the simulator the way the Camel K operator configures a Pipe's Kamelets: with
     * {@code camel.kamelet.<name>.<property>} properties rather than in the Pipe (camel-yaml-dsl 4.18 URL-encodes
     * Pipe property values for kamelet: URIs and nothing decodes them, CAMEL-23594, so a URL cannot go there).
     */
    protected void configureLikeCamelK(String kamelet) {
        context.getPropertiesComponent().addInitialProperty("camel.kamelet." + kamelet + ".apiKey", API_KEY);
        context.getPropertiesComponent().addInitialProperty("camel.kamelet." + kamelet + ".baseUrl", sim.baseUrl());
    }
}
