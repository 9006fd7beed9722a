package io.github.camelmistral;

import java.util.List;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route dumps (what {@code camel.main.dumpRoutes}, the developer console and JMX show) carry the key only if a route
 * author writes it into a URI: configured on the component, as the guide recommends, it is in no dump; as an endpoint
 * placeholder it stays a placeholder unless the dump resolves placeholders.
 */
class RouteDumpTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getPropertiesComponent().addInitialProperty("mistral.key", API_KEY);
        MistralComponent component = context.getComponent("mistral", MistralComponent.class);
        component.getConfiguration().setApiKey(context.resolvePropertyPlaceholders("{{mistral.key}}"));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:component").routeId("componentKey").to("mistral:chat?baseUrl=" + baseUrl());
                from("direct:placeholder").routeId("placeholderKey").to("mistral:chat?apiKey={{mistral.key}}");
            }
        };
    }

    private String dump(String routeId, boolean resolvePlaceholders) throws Exception {
        RoutesDefinition routes = new RoutesDefinition();
        routes.setRoutes(List.of(((ModelCamelContext) context).getRouteDefinition(routeId)));
        return PluginHelper.getModelToYAMLDumper(context).dumpModelAsYaml(context, routes, resolvePlaceholders, false,
                false, false);
    }

    @Test
    void aKeyConfiguredOnTheComponentIsInNoDump() throws Exception {
        assertThat(dump("componentKey", true)).contains("mistral:chat").doesNotContain(API_KEY);
        assertThat(dump("componentKey", false)).contains("mistral:chat").doesNotContain(API_KEY);
    }

    @Test
    void anEndpointPlaceholderStaysAPlaceholderInDumpsThatDoNotResolveThem() throws Exception {
        assertThat(dump("placeholderKey", false)).contains("apiKey={{mistral.key}}").doesNotContain(API_KEY);
    }

    @Test
    void runtimeEndpointUrisMaskTheKey() {
        context.getEndpoints().forEach(endpoint -> assertThat(endpoint.toString()).doesNotContain(API_KEY));
        context.getRoutes().forEach(route -> assertThat(route.getEndpoint().toString()).doesNotContain(API_KEY));
    }
}
