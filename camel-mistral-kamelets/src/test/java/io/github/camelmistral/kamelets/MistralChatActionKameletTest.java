package io.github.camelmistral.kamelets;

import java.nio.charset.StandardCharsets;

import io.github.camelmistral.MistralComponent;
import io.github.camelmistral.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class MistralChatActionKameletTest extends KameletTestSupport {

    @Test
    void aRouteStepSendsThePromptWithTheKameletsOptions() throws Exception {
        loadYaml("chat-route.yaml", """
                - route:
                    from:
                      uri: direct:ask
                      steps:
                        - to:
                            uri: kamelet:mistral-chat-action
                            parameters:
                              apiKey: "{{mistral.key}}"
                              baseUrl: "{{mistral.url}}"
                              model: mistral-large-latest
                              systemMessage: "RAW(Answer in one sentence & in C++ style: 1+1=2.)"
                              temperature: 0.2
                              maxTokens: 64
                        - to: mock:answers
                """);
        MockEndpoint answers = getMockEndpoint("mock:answers");
        answers.expectedMessageCount(1);

        template.sendBody("direct:ask", "What is Apache Camel?");

        answers.assertIsSatisfied();
        Exchange answer = answers.getExchanges().get(0);
        assertThat(answer.getMessage().getBody(String.class))
                .isEqualTo("Simulated reply from the Mistral simulator (mistral-large-latest). You said: \"What is Apache Camel?\"");
        assertThat(answer.getMessage().getHeader("CamelMistralTotalTokens", Integer.class)).isPositive();
        RecordedRequest request = sim.requests().last();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThatJson(request.bodyAsString()).isEqualTo("""
                {"model":"mistral-large-latest","temperature":0.2,"max_tokens":64,
                 "messages":[{"role":"system","content":"Answer in one sentence & in C++ style: 1+1=2."},
                             {"role":"user","content":"What is Apache Camel?"}]}""");
    }

    @Test
    void aPipeStepTakesBytesAsUtf8Text() throws Exception {
        configureLikeCamelK("mistral-chat-action");
        loadPipe("ask-mistral", """
                source:
                  uri: direct:questions
                steps:
                  - ref:
                      kind: Kamelet
                      apiVersion: camel.apache.org/v1
                      name: mistral-chat-action
                    properties:
                      responseFormat: json_object
                sink:
                  uri: mock:pipe
                """);
        MockEndpoint pipe = getMockEndpoint("mock:pipe");
        pipe.expectedMessageCount(1);

        template.sendBody("direct:questions", "Réponds en JSON".getBytes(StandardCharsets.UTF_8));

        pipe.assertIsSatisfied();
        assertThatJson(sim.requests().last().bodyAsString()).isEqualTo("""
                {"model":"mistral-small-latest","response_format":{"type":"json_object"},
                 "messages":[{"role":"user","content":"Réponds en JSON"}]}""");
        assertThatJson(pipe.getExchanges().get(0).getMessage().getBody(String.class))
                .node("simulator").isEqualTo("mistral-simulator");
    }

    @Test
    void withoutAnApiKeyPropertyTheComponentsKeyIsUsed() throws Exception {
        context.getComponent("mistral", MistralComponent.class).getConfiguration().setApiKey(API_KEY);
        loadYaml("component-key-route.yaml", """
                - route:
                    from:
                      uri: direct:ask
                      steps:
                        - to: "kamelet:mistral-chat-action?baseUrl={{mistral.url}}"
                """);

        String reply = template.requestBody("direct:ask", "Hello", String.class);

        assertThat(reply).startsWith("Simulated reply");
        assertThat(sim.requests().last().header("Authorization")).isEqualTo("Bearer " + API_KEY);
    }
}
