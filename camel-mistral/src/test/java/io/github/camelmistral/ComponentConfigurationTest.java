package io.github.camelmistral;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options set on the component are every endpoint's defaults; the endpoint URI overrides them. */
class ComponentConfigurationTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        MistralComponent component = context.getComponent("mistral", MistralComponent.class);
        component.getConfiguration().setApiKey("component-key");
        component.getConfiguration().setBaseUrl(baseUrl());
        component.getConfiguration().setModel("open-mistral-nemo");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:componentDefaults").to("mistral:chat");
                from("direct:endpointWins").to("mistral:chat?apiKey=RAW(endpoint-key)&model=mistral-large-latest");
            }
        };
    }

    @Test
    void componentOptionsAreEndpointDefaults() {
        stubChatReply("ok");

        template.requestBody("direct:componentDefaults", "Hi");

        wireMock.verify(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer component-key")));
        assertThatJson(wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString()).node("model")
                .isEqualTo("open-mistral-nemo");
    }

    @Test
    void endpointOptionsWin() {
        stubChatReply("ok");

        template.requestBody("direct:endpointWins", "Hi");

        wireMock.verify(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer endpoint-key")));
        assertThatJson(wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString()).node("model")
                .isEqualTo("mistral-large-latest");
        assertThat(context.getComponent("mistral", MistralComponent.class).getConfiguration().getModel())
                .as("the endpoint changed its own copy only").isEqualTo("open-mistral-nemo");
    }

    @Test
    void anUnknownApiIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> context.getEndpoint("mistral:chatt"))
                .hasStackTraceContaining("Unknown Mistral API 'chatt'")
                .hasStackTraceContaining("analyzeImage");
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("mistral:chat?temprature=0.5"))
                .hasStackTraceContaining("temprature");
    }
}
