package io.github.camelmistral.tools;

import java.time.Instant;
import java.util.List;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import io.github.camelmistral.simulator.SimulatorClock;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool loops of agent, streamed chat and conversation (whole and streamed), and an agent's structured output,
 * against the simulator, which in strict mode answers 422 to any body the official spec does not allow. The last
 * test is a YAML DSL route: a conversation whose function tool is a route.
 */
class SimulatorToolRoundTripTest extends CamelTestSupport {

    private static final String KEY = "sk-simulated-tools";

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY)
            .clock(SimulatorClock.fixed(Instant.parse("2026-12-01T10:00:00Z")));

    /** What the simulated agent fills in from the record's schema. */
    public record Forecast(String city, int degrees) {
    }

    private static String mistral(String api, String options) {
        return "mistral:" + api + "?baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY + "&" + options;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:tool?name=get_weather&description=Current weather of a city&parameter.city=string")
                        .setBody(simple("Sunny and 21 degrees in ${body[city]}"));
                // a streamed reply is read within the route
                from("direct:stream").toD("${header.uri}").convertBodyTo(String.class);
            }
        };
    }

    private Exchange call(String endpoint, String uri, String prompt) {
        Exchange result = template.request(endpoint, e -> {
            e.getIn().setHeader("uri", uri);
            e.getIn().setBody(prompt);
        });
        assertThat(result.getException()).isNull();
        return result;
    }

    @Test
    void anAgentRunsTheToolItAsksFor() {
        Exchange result = call(mistral("agent", "agentId=ag_weather&tools=get_weather"), null,
                "Use get_weather for Paris, please");

        assertThat(result.getMessage().getBody(String.class)).contains("Sunny and 21 degrees in");
        assertThat(result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class)).hasSize(1);
        assertThat(sim.requests().to("POST", "/v1/agents/completions")).hasSize(2);
    }

    @Test
    void anAgentsStructuredReplyIsReadIntoTheRecord() {
        Exchange result = call(mistral("agent", "agentId=ag_weather&outputClass=" + Forecast.class.getName()), null,
                "The forecast for Nice");

        assertThat(result.getMessage().getBody()).isInstanceOf(Forecast.class);
    }

    @Test
    void aStreamedChatRunsTheToolThenStreamsTheAnswer() {
        Exchange result = call("direct:stream", mistral("chat", "tools=get_weather&streaming=true"),
                "Use get_weather for Oslo, please");

        assertThat(result.getMessage().getBody(String.class)).contains("Sunny and 21 degrees in");
        assertThat(result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class)).hasSize(1);
        assertThat(sim.requests().to("POST", "/v1/chat/completions")).hasSize(2);
    }

    @Test
    void aStreamedAgentRunsTheToolThenStreamsTheAnswer() {
        Exchange result = call("direct:stream", mistral("agent", "agentId=ag_weather&tools=get_weather&streaming=true"),
                "Use get_weather for Bergen, please");

        assertThat(result.getMessage().getBody(String.class)).contains("Sunny and 21 degrees in");
        assertThat(sim.requests().to("POST", "/v1/agents/completions")).hasSize(2);
    }

    @Test
    void aConversationAnswersTheFunctionCallWithTheRoutesResult() {
        Exchange result = call(mistral("conversation", "model=mistral-small-latest&tools=get_weather"), null,
                "What does get_weather say about Lyon?");

        assertThat(result.getMessage().getBody(String.class)).contains("get_weather").contains("Sunny and 21 degrees in");
        String id = result.getMessage().getHeader(MistralConstants.CONVERSATION_ID, String.class);
        assertThat(id).startsWith("conv_");
        assertThat(sim.requests().to("POST", "/v1/conversations/" + id)).hasSize(1);
    }

    @Test
    void aStreamedConversationWithAFunctionToolStreamsTheAnswer() {
        Exchange result = call("direct:stream", mistral("conversation",
                "model=mistral-small-latest&tools=get_weather&toolChoice=any&streaming=true"), "Weather in Brest?");

        assertThat(result.getMessage().getBody(String.class)).contains("Function results: get_weather")
                .contains("Sunny and 21 degrees in");
        assertThat(result.getMessage().getHeader(MistralConstants.CONVERSATION_ID, String.class)).startsWith("conv_");
        assertThat(result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class)).hasSize(1);
    }

    @Test
    void aYamlRouteRunsAConversationWithARouteAsItsFunctionTool() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("conversation-tools.yaml", """
                - route:
                    from:
                      uri: mistral:tool
                      parameters:
                        name: get_stock
                        description: Units in stock of a product
                        parameter.sku: string
                      steps:
                        - setBody:
                            simple: "${body[sku]}: 42 units"
                - route:
                    from:
                      uri: direct:stock
                      steps:
                        - to:
                            uri: mistral:conversation
                            parameters:
                              baseUrl: "%s"
                              apiKey: "%s"
                              model: mistral-small-latest
                              tools: get_stock
                              toolChoice: any
                              maxToolIterations: 2
                """.formatted(sim.baseUrl(), KEY)));

        Exchange result = template.request("direct:stock", e -> e.getIn().setBody("How many SKU-9 are left?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).contains("get_stock").contains(": 42 units");
        assertThat(result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class)).hasSize(1);
    }
}
