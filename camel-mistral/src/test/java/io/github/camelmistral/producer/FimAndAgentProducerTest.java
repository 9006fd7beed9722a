package io.github.camelmistral.producer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class FimAndAgentProducerTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fim").to(mistral("fim", "suffix=RAW(return a + b)&maxTokens=20&minTokens=1&temperature=0"));
                from("direct:agent").to(mistral("agent", "agentId=ag_123&maxTokens=30&randomSeed=7"));
                // options the agents API rejects are configured here on purpose: they must not be sent
                from("direct:agentNoId").to(mistral("agent", "temperature=0.3&topP=0.5&safePrompt=true&model=x"));
            }
        };
    }

    @Test
    void fimSendsPromptAndSuffixAndReturnsTheMiddle() {
        wireMock.stubFor(post(urlEqualTo("/v1/fim/completions")).willReturn(okJson(chatCompletion("    return a + b"))));

        String middle = template.requestBody("direct:fim", "def add(a, b):\n", String.class);

        assertThat(middle).isEqualTo("    return a + b");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"codestral-latest","prompt":"def add(a, b):\\n","suffix":"return a + b",
                 "max_tokens":20,"min_tokens":1,"temperature":0.0}
                """);
    }

    @Test
    void fimSuffixHeaderWins() {
        wireMock.stubFor(post(urlEqualTo("/v1/fim/completions")).willReturn(okJson(chatCompletion("x"))));

        template.requestBodyAndHeader("direct:fim", "a", MistralConstants.SUFFIX, "b");

        assertThatJson(onlyRequest().getBodyAsString()).node("suffix").isEqualTo("b");
    }

    @Test
    void fimNeedsATextBody() {
        Exchange result = template.request("direct:fim", e -> e.getIn().setBody(new byte[] { 1 }));

        assertThat(failureOf(result)).hasMessageContaining("mistral:fim expects the body to be a String");
        assertNoRequestSent();
    }

    @Test
    void agentSendsOnlyFieldsTheAgentsSchemaAllows() {
        wireMock.stubFor(post(urlEqualTo("/v1/agents/completions")).willReturn(okJson(chatCompletion("Bonjour"))));

        Exchange result = template.request("direct:agent", e -> e.getIn().setBody("Hello"));

        assertThat(result.getMessage().getBody()).isEqualTo("Bonjour");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"agent_id":"ag_123","messages":[{"role":"user","content":"Hello"}],"max_tokens":30,"random_seed":7}
                """);
    }

    @Test
    void agentIdFromHeaderAndForbiddenOptionsLeftOut() {
        wireMock.stubFor(post(urlEqualTo("/v1/agents/completions")).willReturn(okJson(chatCompletion("ok"))));

        template.requestBodyAndHeader("direct:agentNoId", "Hi", MistralConstants.AGENT_ID, "ag_from_header");

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"agent_id":"ag_from_header","messages":[{"role":"user","content":"Hi"}]}
                """);
    }

    @Test
    void agentWithoutIdIsRefusedNamingTheHeader() {
        Exchange result = template.request("direct:agentNoId", e -> e.getIn().setBody("Hi"));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mistral:agent needs the id of the agent")
                .hasMessageContaining(MistralConstants.AGENT_ID);
        assertNoRequestSent();
    }
}
