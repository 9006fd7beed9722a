package io.github.camelmistral.tools;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.conversations.ConversationEntry;
import io.github.camelmistral.structured.MistralStructuredOutputException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool loop of {@code mistral:agent} (agents completions) and {@code mistral:conversation} (function calls and
 * results as conversation entries), and structured output by an agent: the exact wire traffic, checked with WireMock
 * and against the official spec.
 */
class AgentAndConversationToolsTest extends MistralTestSupport {

    private static final String AGENT = "/v1/agents/completions";
    private static final String CONVERSATIONS = "/v1/conversations";
    private static final String CONVERSATION_ID = "conv_0197f0a1b2c3";

    /** What an agent answers with: a record read from its JSON reply. */
    public record Ticket(String title, int priority) {
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:tool?name=get_order&description=An order by its number&parameter.number=string")
                        .setBody(simple("Order ${body[number]}: shipped"));
                from("direct:agent").to(mistral("agent", "agentId=ag_0197a1&tools=get_order&toolChoice=auto"
                                                         + "&parallelToolCalls=false"));
                from("direct:agentOnce").to(mistral("agent", "agentId=ag_0197a1&tools=get_order&maxToolIterations=1"));
                from("direct:agentPlain").to(mistral("agent", "agentId=ag_0197a1"));
                from("direct:ticket").to(mistral("agent", "agentId=ag_0197a1&outputClass=" + Ticket.class.getName()));
                from("direct:conversation").to(mistral("conversation", "model=mistral-medium-latest&tools=get_order"
                                                                       + "&toolChoice=any"));
                from("direct:conversationManual").to(mistral("conversation", "model=mistral-medium-latest"
                                                                             + "&tools=get_order&autoToolExecution=false"));
            }
        };
    }

    private static String toolCallsAnswer(String id, String arguments) {
        return """
                {"id":"c1","object":"chat.completion","created":1,"model":"mistral-medium-2508",
                 "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":"",
                   "tool_calls":[{"id":"%s","type":"function","function":{"name":"get_order","arguments":%s}}]}}],
                 "usage":{"prompt_tokens":20,"completion_tokens":5,"total_tokens":25}}
                """.formatted(id, MistralJson.mapper().valueToTree(arguments));
    }

    @Test
    void anAgentRunsTheToolRoutesItCallsAndAnswersWithTheirResults() throws Exception {
        answersInOrder(AGENT, toolCallsAnswer("abcDEF123", "{\"number\":\"A-17\"}"), chatCompletion("A-17 has shipped."));

        Exchange result = template.request("direct:agent", e -> e.getIn().setBody("Where is order A-17?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("A-17 has shipped.");
        List<JsonNode> sent = postedJson(AGENT);
        assertThat(sent).hasSize(2);
        JsonNode first = sent.get(0);
        assertThat(first.path("agent_id").asText()).isEqualTo("ag_0197a1");
        assertThat(first.has("model")).isFalse();
        assertThat(first.path("tools").get(0).path("function").path("name").asText()).isEqualTo("get_order");
        assertThat(first.path("tool_choice").asText()).isEqualTo("auto");
        assertThat(first.path("parallel_tool_calls").asBoolean(true)).isFalse();
        JsonNode messages = sent.get(1).path("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(1).path("tool_calls").get(0).path("id").asText()).isEqualTo("abcDEF123");
        assertThat(messages.get(2).path("role").asText()).isEqualTo("tool");
        assertThat(messages.get(2).path("tool_call_id").asText()).isEqualTo("abcDEF123");
        assertThat(messages.get(2).path("content").asText()).isEqualTo("Order A-17: shipped");
        @SuppressWarnings("unchecked")
        List<ToolCallRecord> calls = result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class);
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.result()).isEqualTo("Order A-17: shipped"));
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL_TOKENS, Integer.class)).isEqualTo(25 + 18);
    }

    @Test
    void anAgentAskingForToolsOnceMoreThanMaxToolIterationsFails() {
        String asks = toolCallsAnswer("abcDEF123", "{\"number\":\"A-17\"}");
        answersInOrder(AGENT, asks, asks);

        Exchange result = template.request("direct:agentOnce", e -> e.getIn().setBody("Where is order A-17?"));

        assertThat(failureOf(result)).hasMessageContaining("still asks for tools [get_order] after maxToolIterations=1");
    }

    @Test
    void anAgentsStructuredReplyIsRetriedOnceWithTheProblemThenRead() throws Exception {
        answersInOrder(AGENT, chatCompletion("Sure! Here is your ticket."),
                chatCompletion("{\"title\":\"Printer on fire\",\"priority\":1}"));

        Exchange result = template.request("direct:ticket", e -> e.getIn().setBody("The printer is on fire"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(new Ticket("Printer on fire", 1));
        List<JsonNode> sent = postedJson(AGENT);
        JsonNode format = sent.get(0).path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("schema").path("properties").has("priority")).isTrue();
        JsonNode retry = sent.get(1).path("messages");
        assertThat(retry).hasSize(3);
        assertThat(retry.get(1).path("content").asText()).isEqualTo("Sure! Here is your ticket.");
        assertThat(retry.get(2).path("content").asText()).startsWith("That reply cannot be used: ");
    }

    @Test
    void anAgentsStructuredReplyThatStillDoesNotFitFails() {
        answersInOrder(AGENT, chatCompletion("no"), chatCompletion("still no"));

        Exchange result = template.request("direct:ticket", e -> e.getIn().setBody("The printer is on fire"));

        assertThat(failureOf(result)).isInstanceOf(MistralStructuredOutputException.class)
                .hasMessageContaining("still no");
    }

    @Test
    void anAgentRemembersTheConversationItsMemoryIdNames() throws Exception {
        answersInOrder(AGENT, chatCompletion("Hello Ada."), chatCompletion("You are Ada."));

        for (String said : List.of("I am Ada", "Who am I?")) {
            Exchange result = template.request("direct:agentPlain", e -> {
                e.getIn().setHeader(MistralConstants.MEMORY_ID, "customer-ada");
                e.getIn().setBody(said);
            });
            assertThat(result.getException()).isNull();
        }

        JsonNode messages = postedJson(AGENT).get(1).path("messages");
        assertThat(messages.findValuesAsText("content")).containsExactly("I am Ada", "Hello Ada.", "Who am I?");
        assertThat(messages.findValuesAsText("role")).containsExactly("user", "assistant", "user");
    }

    private static String functionCallTurn() {
        return """
                {"object":"conversation.response","conversation_id":"%s",
                 "outputs":[{"object":"entry","type":"function.call","id":"fc_1","tool_call_id":"Xy12Ab34C",
                             "name":"get_order","arguments":"{\\"number\\":\\"B-2\\"}","model":"mistral-medium-2508"}],
                 "usage":{"prompt_tokens":30,"completion_tokens":6,"total_tokens":36}}
                """.formatted(CONVERSATION_ID);
    }

    @Test
    void aConversationAnswersFunctionCallsWithFunctionResultEntriesUntilTheModelReplies() throws Exception {
        wireMock.stubFor(post(urlEqualTo(CONVERSATIONS)).willReturn(okJson(functionCallTurn())));
        wireMock.stubFor(post(urlEqualTo(CONVERSATIONS + "/" + CONVERSATION_ID)).willReturn(okJson("""
                {"object":"conversation.response","conversation_id":"%s",
                 "outputs":[{"object":"entry","type":"message.output","id":"msg_2","role":"assistant",
                             "content":"B-2 has shipped.","model":"mistral-medium-2508"}],
                 "usage":{"prompt_tokens":40,"completion_tokens":5,"total_tokens":45}}
                """.formatted(CONVERSATION_ID))));

        Exchange result = template.request("direct:conversation", e -> e.getIn().setBody("Where is B-2?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("B-2 has shipped.");
        assertThat(result.getMessage().getHeader(MistralConstants.CONVERSATION_ID)).isEqualTo(CONVERSATION_ID);
        JsonNode start = postedJson(CONVERSATIONS).get(0);
        assertThat(start.path("tools").get(0).path("type").asText()).isEqualTo("function");
        assertThat(start.path("tools").get(0).path("function").path("name").asText()).isEqualTo("get_order");
        assertThat(start.path("completion_args").path("tool_choice").asText()).isEqualTo("any");
        List<JsonNode> appends = postedJson(CONVERSATIONS + "/" + CONVERSATION_ID);
        assertThat(appends).hasSize(1);
        JsonNode entry = appends.get(0).path("inputs").get(0);
        assertThat(entry.path("type").asText()).isEqualTo("function.result");
        assertThat(entry.path("tool_call_id").asText()).isEqualTo("Xy12Ab34C");
        assertThat(entry.path("result").asText()).isEqualTo("Order B-2: shipped");
        @SuppressWarnings("unchecked")
        List<ToolCallRecord> calls = result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("get_order");
            assertThat(call.arguments()).containsEntry("number", "B-2");
        });
        @SuppressWarnings("unchecked")
        List<ConversationEntry> entries = result.getMessage().getHeader(MistralConstants.CONVERSATION_ENTRIES, List.class);
        assertThat(entries).extracting(ConversationEntry::type).containsExactly("function.call", "message.output");
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL_TOKENS, Integer.class)).isEqualTo(36 + 45);
    }

    @Test
    void withoutAutoExecutionAConversationReturnsTheFunctionCalls() throws Exception {
        wireMock.stubFor(post(urlEqualTo(CONVERSATIONS)).willReturn(okJson(functionCallTurn())));

        Exchange result = template.request("direct:conversationManual", e -> e.getIn().setBody("Where is B-2?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isNull();
        @SuppressWarnings("unchecked")
        List<ToolCallRecord> calls = result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class);
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.result()).isNull());
        assertThat(postedJson(CONVERSATIONS + "/" + CONVERSATION_ID)).isEmpty();
    }
}
