package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.agents.Agent;
import io.github.camelmistral.api.agents.AgentAlias;
import io.github.camelmistral.api.agents.AgentRequest;
import io.github.camelmistral.api.conversations.CompletionArgs;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code operation}s of {@code mistral:agent}, checked on the wire; without one it stays the completion action. */
class AgentOperationsTest extends MistralTestSupport {

    static final String AGENT_ID = "ag_0197a1b2c3d4e5f6";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:op").toD(mistral("agent", "operation=${header.op}&pageSize=2"));
                from("direct:complete").to(mistral("agent", "agentId=" + AGENT_ID));
            }
        };
    }

    static String agent(int version) {
        return """
                {"object":"agent","id":"%s","name":"support","model":"mistral-medium-latest",
                 "instructions":"Be kind.","tools":[{"type":"web_search"}],"completion_args":{"temperature":0.3},
                 "version":%d,"versions":[0,1,2],"created_at":"2026-11-28T10:00:00Z","updated_at":"2026-11-28T10:00:00Z",
                 "deployment_chat":false,"source":"api","a_field_added_later":true}""".formatted(AGENT_ID, version);
    }

    private Exchange op(String op, Object body, Map<String, Object> headers) {
        return template.request("direct:op", e -> {
            headers.forEach(e.getIn()::setHeader);
            e.getIn().setHeader("op", op);
            e.getIn().setBody(body);
        });
    }

    private static String sent(LoggedRequest request) {
        return request.getMethod().getName() + " " + request.getUrl();
    }

    @Test
    void createSendsTheDefinitionAndSetsTheAgentId() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/agents")).willReturn(okJson(agent(0))));
        AgentRequest definition = new AgentRequest("mistral-medium-latest", "support", null, "Be kind.",
                List.of(Map.of("type", "web_search")), new CompletionArgs(null, 0.3, null, null, null), null, null, null);

        Exchange result = op("create", definition, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Agent.class).versions()).containsExactly(0, 1, 2);
        assertThat(result.getMessage().getHeader(MistralConstants.AGENT_ID)).isEqualTo(AGENT_ID);
        assertThat(MistralJson.mapper().readTree(onlyRequest().getBodyAsString())).isEqualTo(MistralJson.mapper().readTree(
                "{\"model\":\"mistral-medium-latest\",\"name\":\"support\",\"instructions\":\"Be kind.\","
                + "\"tools\":[{\"type\":\"web_search\"}],\"completion_args\":{\"temperature\":0.3}}"));
    }

    @Test
    void everyOtherOperationCallsItsPathWithTheAgentOfTheHeader() {
        wireMock.stubFor(any(urlPathEqualTo("/v1/agents/" + AGENT_ID)).willReturn(okJson(agent(1))));
        wireMock.stubFor(any(urlPathEqualTo("/v1/agents/" + AGENT_ID + "/version")).willReturn(okJson(agent(1))));
        wireMock.stubFor(get(urlPathEqualTo("/v1/agents/" + AGENT_ID + "/versions/production"))
                .willReturn(okJson(agent(2))));
        wireMock.stubFor(get(urlPathEqualTo("/v1/agents/" + AGENT_ID + "/versions")).withQueryParam("page", equalTo("0"))
                .willReturn(okJson("[" + agent(2) + "]")));
        String alias = "{\"alias\":\"production\",\"version\":1,\"created_at\":\"2026-11-28T10:00:00Z\","
                       + "\"updated_at\":\"2026-11-28T10:00:00Z\"}";
        wireMock.stubFor(any(urlPathEqualTo("/v1/agents/" + AGENT_ID + "/aliases"))
                .withQueryParam("version", equalTo("1")).willReturn(okJson(alias)));
        wireMock.stubFor(get(urlPathEqualTo("/v1/agents/" + AGENT_ID + "/aliases")).willReturn(okJson("[" + alias + "]")));
        wireMock.stubFor(any(urlPathEqualTo("/v1/agents/" + AGENT_ID + "/aliases")).withQueryParam("alias", equalTo("old"))
                .willReturn(aResponse().withStatus(204)));
        wireMock.stubFor(delete(urlEqualTo("/v1/agents/" + AGENT_ID)).willReturn(aResponse().withStatus(204)));
        wireMock.stubFor(get(urlPathEqualTo("/v1/agents")).willReturn(okJson("[" + agent(2) + "]")));
        Map<String, Object> agentHeader = Map.of(MistralConstants.AGENT_ID, AGENT_ID);

        assertThat(op("list", null, Map.of()).getMessage().getBody(List.class)).hasSize(1);
        assertThat(op("get", null, Map.of(MistralConstants.AGENT_ID, AGENT_ID, MistralConstants.AGENT_VERSION, "1"))
                .getMessage().getBody(Agent.class).version()).isEqualTo(1);
        assertThat(op("update", Map.of("instructions", "Be kinder."), agentHeader).getException()).isNull();
        assertThat(op("listVersions", null, agentHeader).getMessage().getBody(List.class)).hasSize(1);
        assertThat(op("getVersion", null, Map.of(MistralConstants.AGENT_ID, AGENT_ID,
                MistralConstants.AGENT_VERSION, "production")).getMessage().getBody(Agent.class).version()).isEqualTo(2);
        assertThat(op("updateVersion", null, Map.of(MistralConstants.AGENT_ID, AGENT_ID,
                MistralConstants.AGENT_VERSION, 1)).getException()).isNull();
        assertThat(op("setAlias", null, Map.of(MistralConstants.AGENT_ID, AGENT_ID, MistralConstants.AGENT_VERSION, 1,
                MistralConstants.AGENT_ALIAS, "production")).getMessage().getBody(AgentAlias.class).version()).isEqualTo(1);
        assertThat(op("listAliases", null, agentHeader).getMessage().getBody(List.class)).hasSize(1);
        assertThat(op("deleteAlias", null, Map.of(MistralConstants.AGENT_ID, AGENT_ID, MistralConstants.AGENT_ALIAS, "old"))
                .getException()).isNull();
        assertThat(op("delete", null, agentHeader).getException()).isNull();

        String agentPath = "/v1/agents/" + AGENT_ID;
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting(AgentOperationsTest::sent).containsExactly(
                "GET /v1/agents?page=0&page_size=2",
                "GET " + agentPath + "?agent_version=1",
                "PATCH " + agentPath,
                "GET " + agentPath + "/versions?page=0&page_size=2",
                "GET " + agentPath + "/versions/production",
                "PATCH " + agentPath + "/version?version=1",
                "PUT " + agentPath + "/aliases?alias=production&version=1",
                "GET " + agentPath + "/aliases",
                "DELETE " + agentPath + "/aliases?alias=old",
                "DELETE " + agentPath);
        assertThat(wireMock.findAll(anyRequestedFor(urlEqualTo(agentPath))).get(0).getBodyAsString())
                .isEqualTo("{\"instructions\":\"Be kinder.\"}");
    }

    @Test
    void withoutAnOperationItIsStillTheCompletionAction() {
        stubChatReply("unused");
        wireMock.stubFor(post(urlEqualTo("/v1/agents/completions")).willReturn(okJson(chatCompletion("Hello from the agent"))));

        Exchange result = template.request("direct:complete", e -> e.getIn().setBody("Hi"));

        assertThat(result.getMessage().getBody()).isEqualTo("Hello from the agent");
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/agents/completions");
    }

    @Test
    void missingIdsVersionsAliasesAndDefinitionsAreSpecificErrors() {
        Map<String, Object> agentHeader = Map.of(MistralConstants.AGENT_ID, AGENT_ID);
        assertThat(failureOf(op("get", null, Map.of()))).hasMessageContaining("get needs an id: set the "
                                                                            + "CamelMistralAgentId header");
        assertThat(failureOf(op("create", "make me an agent", Map.of())))
                .hasMessageContaining("create takes the agent's definition as the body");
        assertThat(failureOf(op("setAlias", null, Map.of(MistralConstants.AGENT_ID, AGENT_ID,
                MistralConstants.AGENT_VERSION, 1)))).hasMessageContaining("setAlias needs an alias");
        assertThat(failureOf(op("updateVersion", null, agentHeader))).hasMessageContaining("updateVersion needs a version");
        assertThat(failureOf(op("updateVersion", null, Map.of(MistralConstants.AGENT_ID, AGENT_ID,
                MistralConstants.AGENT_VERSION, "production")))).hasMessageContaining("needs a version number");
        assertThat(failureOf(op("publish", null, agentHeader))).hasMessageContaining("has no operation 'publish'");
        assertNoRequestSent();
    }
}
