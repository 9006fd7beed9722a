package io.github.camelmistral.producer;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.conversations.ConversationEntry;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelmistral.producer.ConversationProducerTest.CONVERSATION_ID;
import static io.github.camelmistral.producer.ConversationProducerTest.turn;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:conversation} as a YAML DSL route author writes it: two turns, then the history. */
class ConversationYamlDslTest extends MistralTestSupport {

    @Override
    protected void doPostSetup() throws Exception {
        loadYamlRoutes("conversation.yaml", """
                - route:
                    from:
                      uri: direct:support
                      steps:
                        - to:
                            uri: mistral:conversation
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              agentId: ag_0197a1b2c3d4
                              agentVersion: production
                        - setBody:
                            constant: "Thanks. And the opening hours?"
                        - to: "mistral:conversation?baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                        - to: "mistral:conversation?operation=history&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                """);
    }

    @Test
    void twoTurnsWithAnAgentAliasThenTheHistory() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/conversations")).willReturn(okJson(turn(CONVERSATION_ID, "Hello"))));
        wireMock.stubFor(post(urlEqualTo("/v1/conversations/" + CONVERSATION_ID))
                .willReturn(okJson(turn(CONVERSATION_ID, "9 to 5"))));
        wireMock.stubFor(get(urlEqualTo("/v1/conversations/" + CONVERSATION_ID + "/history")).willReturn(okJson("""
                {"object":"conversation.history","conversation_id":"%s","entries":[
                 {"object":"entry","type":"message.input","id":"in_1","role":"user","content":"Hi"},
                 {"object":"entry","type":"message.output","id":"msg_1","role":"assistant","content":"Hello"},
                 {"object":"entry","type":"message.input","id":"in_2","role":"user","content":"Thanks. And the opening hours?"},
                 {"object":"entry","type":"message.output","id":"msg_2","role":"assistant","content":"9 to 5"}]}
                """.formatted(CONVERSATION_ID))));

        Exchange result = template.request("direct:support", e -> e.getIn().setBody("Hi"));

        assertThat(result.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<ConversationEntry> history = result.getMessage().getBody(List.class);
        assertThat(history).extracting(ConversationEntry::text).containsExactly("Hi", "Hello",
                "Thanks. And the opening hours?", "9 to 5");
        assertThat(result.getMessage().getHeader(MistralConstants.CONVERSATION_ID)).isEqualTo(CONVERSATION_ID);
        List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(3);
        // an alias is sent as the string it is
        assertThat(MistralJson.mapper().readTree(requests.get(0).getBodyAsString()).get("agent_version").asText())
                .isEqualTo("production");
    }
}
