package io.github.camelmistral.tools;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.chat.ChatMessage;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Camel routes as tools: the wire traffic of the tool loop, checked with WireMock (and against the spec). */
class ToolLoopTest extends MistralTestSupport {

    private static final String CHAT = "/v1/chat/completions";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:tool?name=get_weather&description=Current weather of a city&parameter.city=string"
                     + "&parameter.units=string&optionalParameters=units")
                        .setBody(simple("Sunny in ${body[city]}"));
                from("mistral:tool?name=failing&description=Always fails&parameter.x=integer")
                        .throwException(new IllegalStateException("the weather service is down"));
                from("mistral:tool?name=structured&description=Returns a map&parameters="
                     + "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}},\"required\":[\"q\"]}")
                        .setBody(constant(Map.of("answer", 42)));
                from("direct:chat").to(mistral("chat", "tools=get_weather,failing,structured"));
                from("direct:once").to(mistral("chat", "tools=get_weather&maxToolIterations=1"));
                from("direct:manual").to(mistral("chat", "tools=get_weather&autoToolExecution=false"));
                from("direct:strict").to(mistral("chat", "tools=failing&toolErrorStrategy=fail&toolChoice=failing"));
            }
        };
    }

    private static String toolCallsAnswer(String calls, int promptTokens) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"mistral-small-2506\","
               + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":["
               + calls + "]},\"finish_reason\":\"tool_calls\"}],"
               + "\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":5,\"total_tokens\":"
               + (promptTokens + 5) + "}}";
    }

    private static String call(String id, String name, String arguments) {
        return "{\"id\":\"" + id + "\",\"type\":\"function\",\"function\":{\"name\":\"" + name + "\",\"arguments\":"
               + MistralJson.mapper().valueToTree(arguments) + "}}";
    }

    @Test
    void theLoopRunsTheRoutesTheModelCallsAndSendsTheResultsBack() throws Exception {
        answersInOrder(CHAT, toolCallsAnswer(call("call1", "get_weather", "{\"city\":\"Paris\"}") + ","
                                + call("call2", "failing", "{\"x\":1}") + ","
                                + call("call3", "structured", "{\"q\":\"meaning\"}"), 10),
                chatCompletion("It is sunny in Paris."));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Weather in Paris?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("It is sunny in Paris.");
        List<JsonNode> sent = postedJson(CHAT);
        assertThat(sent).hasSize(2);
        JsonNode weather = sent.get(0).path("tools").get(0).path("function");
        assertThat(weather.path("name").asText()).isEqualTo("get_weather");
        assertThat(weather.path("parameters").path("required").toString()).isEqualTo("[\"city\"]");
        assertThat(weather.path("parameters").path("properties").path("units").path("type").asText()).isEqualTo("string");
        JsonNode messages = sent.get(1).path("messages");
        assertThat(messages).hasSize(5);
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).path("tool_calls")).hasSize(3);
        assertThat(messages.get(2).path("role").asText()).isEqualTo("tool");
        assertThat(messages.get(2).path("tool_call_id").asText()).isEqualTo("call1");
        assertThat(messages.get(2).path("name").asText()).isEqualTo("get_weather");
        assertThat(messages.get(2).path("content").asText()).isEqualTo("Sunny in Paris");
        assertThat(messages.get(3).path("content").asText()).isEqualTo("Error: the weather service is down");
        assertThat(messages.get(4).path("content").asText()).isEqualTo("{\"answer\":42}");

        @SuppressWarnings("unchecked")
        List<ToolCallRecord> calls = result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class);
        assertThat(calls).extracting(ToolCallRecord::name).containsExactlyInAnyOrder("get_weather", "failing", "structured");
        assertThat(calls).filteredOn(ToolCallRecord::failed).extracting(ToolCallRecord::name).containsExactly("failing");
        @SuppressWarnings("unchecked")
        List<ChatMessage> conversation = result.getMessage().getHeader(MistralConstants.CONVERSATION, List.class);
        assertThat(conversation).hasSize(6);
        // usage of both rounds: 10 + 5 and the final answer's
        int finalTotal = MistralJson.mapper().readTree(chatCompletion("x")).path("usage").path("total_tokens").asInt();
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL_TOKENS, Integer.class)).isEqualTo(15 + finalTotal);
    }

    @Test
    void anInventedToolOrBrokenArgumentsGetAnErrorTheModelCanReadAndCountAsAnIteration() throws Exception {
        answersInOrder(CHAT, toolCallsAnswer(call("a", "get_time", "{}") + "," + call("b", "get_weather", "{city: Paris"), 3),
                chatCompletion("Sorry."));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Time?"));

        assertThat(result.getException()).isNull();
        JsonNode messages = postedJson(CHAT).get(1).path("messages");
        assertThat(messages.get(2).path("content").asText())
                .isEqualTo("Error: there is no tool named 'get_time'. The tools are [failing, get_weather, structured].");
        assertThat(messages.get(3).path("content").asText()).startsWith("Error: the arguments of get_weather are not a valid JSON object");
    }

    @Test
    void oneMoreAnswerAskingForToolsThanMaxToolIterationsFails() {
        String asks = toolCallsAnswer(call("a", "get_weather", "{\"city\":\"Rome\"}"), 3);
        answersInOrder(CHAT, asks, asks);

        Exchange result = template.request("direct:once", e -> e.getIn().setBody("Weather?"));

        assertThat(result.getException()).hasMessageContaining("still asks for tools [get_weather] after maxToolIterations=1");
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(CHAT)))).hasSize(2);
    }

    @Test
    void withoutAutoExecutionTheCallsAreReturned() {
        answersInOrder(CHAT, toolCallsAnswer(call("a", "get_weather", "{\"city\":\"Oslo\"}"), 3));

        Exchange result = template.request("direct:manual", e -> e.getIn().setBody("Weather?"));

        assertThat(result.getMessage().getBody()).isNull();
        @SuppressWarnings("unchecked")
        List<ToolCallRecord> calls = result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.arguments()).containsEntry("city", "Oslo");
            assertThat(call.result()).isNull();
        });
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(CHAT)))).hasSize(1);
    }

    @Test
    void toolErrorStrategyFailFailsTheExchangeAndAToolNameForcesThatTool() throws Exception {
        answersInOrder(CHAT, toolCallsAnswer(call("a", "failing", "{\"x\":2}"), 3));

        Exchange result = template.request("direct:strict", e -> e.getIn().setBody("Go"));

        assertThat(result.getException()).hasMessageContaining("tool failing failed: the weather service is down");
        assertThat(postedJson(CHAT).get(0).path("tool_choice").path("function").path("name").asText()).isEqualTo("failing");
    }

    @Test
    void twoToolRoutesWithTheSameNameFailAtStartup() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mistral:tool?name=twin&description=a&parameter.x=string").log("a");
                    from("mistral:tool?name=twin&description=b&parameter.x=string").log("b");
                }
            });
            assertThatThrownBy(other::start).hasStackTraceContaining("Two mistral:tool routes are named 'twin'");
        }
    }

    @Test
    void anUnknownShorthandTypeIsRefusedAtStartup() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mistral:tool?name=bad&parameter.when=date").log("x");
                }
            });
            assertThatThrownBy(other::start).hasStackTraceContaining("parameter.when has the type 'date'");
        }
    }
}
