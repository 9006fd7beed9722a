package io.github.camelmistral.producer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.agents.Agent;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The filters of {@code mistral:agent?operation=list}, as the query the spec declares. */
class AgentListFiltersTest extends MistralTestSupport {

    private static final String AGENT = """
            {"id":"ag_1","object":"agent","name":"Support","model":"mistral-medium-latest","version":0,
             "created_at":"2026-11-28T10:00:00Z","updated_at":"2026-11-28T10:00:00Z","tools":[]}""";

    @Test
    void everyFilterIsSentAsItsQueryParameter() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/agents")).willReturn(okJson("[" + AGENT + "]")));

        Exchange result = template.request(mistral("agent", "operation=list&agentName=Support&search=refund"
                                                            + "&deploymentChat=true&agentSources=api,playground&page=2&pageSize=5"),
                exchange -> exchange.getIn().setHeader(MistralConstants.METADATA, Map.of("team", "care")));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(List.class)).singleElement().isInstanceOf(Agent.class);
        String url = URLDecoder.decode(onlyRequest().getUrl(), StandardCharsets.UTF_8);
        assertThat(url).isEqualTo("/v1/agents?name=Support&search=refund&deployment_chat=true&sources=api"
                                  + "&sources=playground&metadata={\"team\":\"care\"}&page=2&page_size=5");
    }

    @Test
    void withoutFiltersOnlyPagingIsSent() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/agents")).willReturn(okJson("[]")));

        template.request(mistral("agent", "operation=list&page=0&pageSize=3"), exchange -> {
        });

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/agents?page=0&page_size=3");
    }
}
