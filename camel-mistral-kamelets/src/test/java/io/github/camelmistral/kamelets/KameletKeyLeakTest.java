package io.github.camelmistral.kamelets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The key given to a Kamelet as a property stays out of logs (this module's tests log Camel at DEBUG and the
 * component at TRACE, to {@code target/camel-mistral-kamelets-test.log}; only Camel's property resolution, which
 * logs every value it resolves, is kept at INFO), of headers and of endpoint descriptions.
 */
class KameletKeyLeakTest extends KameletTestSupport {

    private static final Path LOG = Path.of("target/camel-mistral-kamelets-test.log");

    @Test
    void theKeyIsNeitherLoggedNorInHeadersNorInEndpointDescriptions() throws Exception {
        loadYaml("leak-route.yaml", """
                - route:
                    from:
                      uri: direct:ask
                      steps:
                        - to: "kamelet:mistral-chat-action?apiKey={{mistral.key}}&baseUrl={{mistral.url}}"
                        - to: mock:answers
                - route:
                    from:
                      uri: kamelet:mistral-file-source
                      parameters:
                        apiKey: "{{mistral.key}}"
                        baseUrl: "{{mistral.url}}"
                        event: uploaded
                        delay: 100
                      steps:
                        - to: mock:files
                """);
        MockEndpoint answers = getMockEndpoint("mock:answers");
        answers.expectedMessageCount(1);
        getMockEndpoint("mock:files").expectedMinimumMessageCount(0);

        template.sendBody("direct:ask", "Hello");

        answers.assertIsSatisfied();
        Exchange answer = answers.getExchanges().get(0);
        for (Map.Entry<String, Object> header : answer.getMessage().getHeaders().entrySet()) {
            assertThat(String.valueOf(header.getValue())).as(header.getKey()).doesNotContain(API_KEY);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !sim.requests().to("GET", "/v1/files").isEmpty());
        context.getEndpoints().forEach(endpoint -> assertThat(endpoint.toString()).doesNotContain(API_KEY));
        context.getRouteDefinitions().forEach(route -> assertThat(route.toString()).doesNotContain(API_KEY));
        context.stop();
        assertThat(LOG).exists();
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).contains("mistral-chat-action").doesNotContain(API_KEY);
    }
}
