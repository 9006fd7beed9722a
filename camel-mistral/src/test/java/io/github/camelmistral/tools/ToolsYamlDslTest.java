package io.github.camelmistral.tools;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A tool route and the chat that calls it, both in the YAML DSL, as the guide shows them. */
class ToolsYamlDslTest extends MistralTestSupport {

    private static final String CHAT = "/v1/chat/completions";

    @Override
    protected void doPostSetup() throws Exception {
        loadYamlRoutes("tools.yaml", """
                - route:
                    from:
                      uri: "mistral:tool"
                      parameters:
                        name: find_order
                        description: Looks an order up by its number
                        parameters: '{"type":"object","properties":{"number":{"type":"string"}},"required":["number"]}'
                      steps:
                        - setBody:
                            simple: "Order ${body[number]} shipped yesterday"
                - route:
                    from:
                      uri: direct:support
                      steps:
                        - to: "mistral:chat?tools=find_order&toolChoice=auto&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                """);
    }

    @Test
    void theYamlToolRouteAnswersTheModelsCall() throws Exception {
        answersInOrder(CHAT, "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{"
                             + "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"t1\","
                             + "\"type\":\"function\",\"function\":{\"name\":\"find_order\",\"arguments\":\"{\\\"number\\\":\\\"A-7\\\"}\"}}]},"
                             + "\"finish_reason\":\"tool_calls\"}]}",
                chatCompletion("Your order A-7 shipped yesterday."));

        String reply = template.requestBody("direct:support", "Where is order A-7?", String.class);

        assertThat(reply).isEqualTo("Your order A-7 shipped yesterday.");
        List<JsonNode> sent = postedJson(CHAT);
        assertThat(sent.get(0).path("tools").get(0).path("function").path("name").asText()).isEqualTo("find_order");
        assertThat(sent.get(0).path("tool_choice").asText()).isEqualTo("auto");
        assertThat(sent.get(1).path("messages").get(2).path("content").asText()).isEqualTo("Order A-7 shipped yesterday");
        assertThat(MistralJson.mapper().writeValueAsString(sent.get(1))).contains("\"tool_call_id\":\"t1\"");
    }
}
