package io.github.camelmistral;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Routes against a WireMock stand-in for the API on loopback, with a recognisable test key so that leak checks can
 * search every output for it.
 */
public abstract class MistralTestSupport extends CamelTestSupport {

    /** A key that must never show up in any log line, exception, header or dump. */
    public static final String API_KEY = "sk-test-SECRET-4f7c2a9b";

    @RegisterExtension
    protected static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().asynchronousResponseEnabled(true).asynchronousResponseThreads(4)
                    .containerThreads(20).extensions(new EchoEmbeddingsTransformer()))
            .build();

    protected static String baseUrl() {
        return wireMock.baseUrl();
    }

    /** A {@code mistral:} URI pointed at WireMock with the test key. */
    protected static String mistral(String api, String options) {
        return "mistral:" + api + "?baseUrl=" + baseUrl() + "&apiKey=RAW(" + API_KEY + ")"
               + (options == null || options.isEmpty() ? "" : "&" + options);
    }

    protected static String mistral(String api) {
        return mistral(api, null);
    }

    /** Loads YAML DSL routes in which {@code {{mistral.url}}} and {@code {{mistral.key}}} point at WireMock. */
    protected void loadYamlRoutes(String name, String yaml) throws Exception {
        context.getPropertiesComponent().addInitialProperty("mistral.key", API_KEY);
        context.getPropertiesComponent().addInitialProperty("mistral.url", baseUrl());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(name, yaml));
    }

    protected static void stubChatReply(String text) {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(chatCompletion(text))));
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("mistral-correlation-id", "req-123").withBody(json);
    }

    protected static String chatCompletion(String text) {
        return """
                {"id":"cmpl-1","object":"chat.completion","model":"mistral-small-2506","created":1735000000,
                 "usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18,"num_cached_tokens":0},
                 "choices":[{"index":0,"finish_reason":"stop",
                             "message":{"role":"assistant","content":%s,"tool_calls":null,"prefix":false}}],
                 "service_tier":"standard"}
                """.formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString());
    }

    /** The single request WireMock received, asserting it carried the key as a bearer token. */
    protected static LoggedRequest onlyRequest() {
        var requests = wireMock.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        wireMock.verify(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + API_KEY)));
        return requests.get(0);
    }

    protected static void assertNoRequestSent() {
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    /**
     * Every request a test made the component send is checked against the official spec (when the build has it), so
     * that a body the real API would answer with 422 fails the test even though WireMock accepted it.
     */
    @AfterEach
    void everyRequestSentConformsToTheOfficialSpec() {
        OfficialSpec.contract().ifPresent(contract -> wireMock.getAllServeEvents().forEach(event -> {
            LoggedRequest request = event.getRequest();
            assertThat(OfficialSpec.violations(contract, request))
                    .as("%s %s breaks the official spec; body: %s", request.getMethod(), request.getUrl(),
                            request.getBodyAsString().length() > 2000 ? "(large)" : request.getBodyAsString())
                    .isEmpty();
        }));
    }

    protected Exception failureOf(Exchange exchange) {
        assertThat(exchange.getException()).as("the exchange should have failed").isNotNull();
        return exchange.getException();
    }

    /** The IllegalArgumentException, among the causes, with which a route sending to {@code uri} fails to start. */
    protected IllegalArgumentException startupFailureOf(String uri) {
        Throwable failure = catchThrowable(() -> context.addRoutes(
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:misconfigured").to(uri);
                    }
                }));
        IllegalArgumentException cause = ObjectHelper.getException(IllegalArgumentException.class, failure);
        assertThat(cause).as("the IllegalArgumentException among the causes of %s", failure).isNotNull();
        return cause;
    }

    /** {@code path} answers each POST with the next of {@code bodies}, in order (a WireMock scenario). */
    protected static void answersInOrder(String path, String... bodies) {
        String state = com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = "answer " + (i + 1);
            wireMock.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
                    .willReturn(okJson(bodies[i])).willSetStateTo(next));
            state = next;
        }
    }

    /** The JSON bodies POSTed to {@code path}, in order. */
    protected static java.util.List<com.fasterxml.jackson.databind.JsonNode> postedJson(String path) throws Exception {
        java.util.List<com.fasterxml.jackson.databind.JsonNode> bodies = new java.util.ArrayList<>();
        for (LoggedRequest request : wireMock.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(path)))) {
            bodies.add(io.github.camelmistral.api.MistralJson.mapper().readTree(request.getBodyAsString()));
        }
        return bodies;
    }
}
