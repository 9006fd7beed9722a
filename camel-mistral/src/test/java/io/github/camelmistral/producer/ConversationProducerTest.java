package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.conversations.Conversation;
import io.github.camelmistral.api.conversations.ConversationEntry;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:conversation} in Java DSL routes, checked on the wire. */
class ConversationProducerTest extends MistralTestSupport {

    static final String CONVERSATION_ID = "conv_0197a1b2c3d4e5f6a7b8c9d0e1f2a3b4";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(mistral("conversation", "instructions=Answer in French.&temperature=0.2"
                                                                + "&maxTokens=64&topP=0.9&store=true"
                                                                + "&conversationTools=web_search,code_interpreter"));
                // a multi-turn conversation: the second step appends, because the first set the conversation id
                from("direct:twoTurns")
                        .to(mistral("conversation"))
                        .setBody(constant("And in Italian?")).to(mistral("conversation"));
                from("direct:agent").to(mistral("conversation", "agentId=ag_0197a1b2c3d4&agentVersion=2"));
                from("direct:library").to(mistral("conversation", "conversationTools=document_library"));
                from("direct:agentWithInstructions")
                        .to(mistral("conversation", "agentId=ag_0197a1b2c3d4&instructions=Be brief."));
                from("direct:restart").to(mistral("conversation", "operation=restart&handoffExecution=client"));
                from("direct:op").toD(mistral("conversation", "operation=${header.op}&pageSize=2"));
            }
        };
    }

    static String turn(String conversationId, String text) {
        return """
                {"object":"conversation.response","conversation_id":"%s",
                 "outputs":[{"object":"entry","type":"tool.execution","name":"web_search","id":"tool_1",
                             "arguments":"{}","created_at":"2026-11-28T10:00:00Z"},
                            {"object":"entry","type":"message.output","id":"msg_1","role":"assistant",
                             "model":"mistral-medium-2508","created_at":"2026-11-28T10:00:00Z",
                             "content":[{"type":"text","text":"%s"},{"type":"tool_reference","tool":"web_search",
                                         "title":"x"}],
                             "a_field_added_later":1}],
                 "usage":{"prompt_tokens":12,"completion_tokens":4,"total_tokens":16}}
                """.formatted(conversationId, text);
    }

    private static JsonNode json(LoggedRequest request) throws Exception {
        return MistralJson.mapper().readTree(request.getBodyAsString());
    }

    @Test
    void startSendsTheModelInstructionsToolsAndSamplingAndReturnsTheReply() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/conversations")).willReturn(okJson(turn(CONVERSATION_ID, "Bonjour !"))));

        Exchange result = template.request("direct:start", e -> e.getIn().setBody("Say hello"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Bonjour !");
        assertThat(result.getMessage().getHeaders())
                .containsEntry(MistralConstants.CONVERSATION_ID, CONVERSATION_ID)
                .containsEntry(MistralConstants.PROMPT_TOKENS, 12)
                .containsEntry(MistralConstants.COMPLETION_TOKENS, 4)
                .containsEntry(MistralConstants.TOTAL_TOKENS, 16)
                .containsEntry(MistralConstants.RESPONSE_MODEL, "mistral-medium-2508")
                .containsEntry(MistralConstants.REQUEST_ID, "req-123");
        @SuppressWarnings("unchecked")
        List<ConversationEntry> entries = result.getMessage().getHeader(MistralConstants.CONVERSATION_ENTRIES, List.class);
        assertThat(entries).extracting(ConversationEntry::type).containsExactly("tool.execution", "message.output");
        assertThat(entries.get(1).text()).isEqualTo("Bonjour !");

        JsonNode sent = json(onlyRequest());
        assertThat(sent.get("inputs").asText()).isEqualTo("Say hello");
        assertThat(sent.get("model").asText()).isEqualTo("mistral-small-latest");
        assertThat(sent.get("instructions").asText()).isEqualTo("Answer in French.");
        assertThat(sent.get("store").asBoolean()).isTrue();
        assertThat(sent.get("tools").toString()).isEqualTo("[{\"type\":\"web_search\"},{\"type\":\"code_interpreter\"}]");
        assertThat(sent.get("completion_args").toString())
                .isEqualTo("{\"temperature\":0.2,\"top_p\":0.9,\"max_tokens\":64}");
        assertThat(sent.has("agent_id")).isFalse();
    }

    @Test
    void aSecondStepOfTheSameExchangeAppendsToTheConversation() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/conversations")).willReturn(okJson(turn(CONVERSATION_ID, "Bonjour"))));
        wireMock.stubFor(post(urlEqualTo("/v1/conversations/" + CONVERSATION_ID))
                .willReturn(okJson(turn(CONVERSATION_ID, "Ciao"))));

        Exchange result = template.request("direct:twoTurns", e -> e.getIn().setBody("Say hello in French"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Ciao");
        List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).extracting(LoggedRequest::getUrl)
                .containsExactly("/v1/conversations", "/v1/conversations/" + CONVERSATION_ID);
        JsonNode append = json(requests.get(1));
        assertThat(append.get("inputs").asText()).isEqualTo("And in Italian?");
        // an append carries the turn only: the conversation keeps model, instructions and tools
        assertThat(append.has("model")).isFalse();
    }

    @Test
    void anAgentConversationSendsTheAgentAndItsVersionButNoModel() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/conversations")).willReturn(okJson(turn(CONVERSATION_ID, "Hi"))));

        List<Map<String, Object>> inputs = List.of(Map.of("role", "user", "content", "Hi", "type", "message.input"));
        Exchange result = template.request("direct:agent", e -> e.getIn().setBody(inputs));

        assertThat(result.getException()).isNull();
        JsonNode sent = json(onlyRequest());
        assertThat(sent.get("agent_id").asText()).isEqualTo("ag_0197a1b2c3d4");
        assertThat(sent.get("agent_version").isInt()).isTrue();
        assertThat(sent.get("agent_version").asInt()).isEqualTo(2);
        assertThat(sent.get("inputs").get(0).get("content").asText()).isEqualTo("Hi");
        assertThat(sent.has("model")).isFalse();
        assertThat(sent.has("completion_args")).isFalse();
    }

    @Test
    void theDocumentLibraryToolSearchesTheLibrariesOfTheHeader() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/conversations")).willReturn(okJson(turn(CONVERSATION_ID, "Found it"))));

        Exchange result = template.request("direct:library", e -> {
            e.getIn().setBody("What does the handbook say?");
            e.getIn().setHeader(MistralConstants.LIBRARY_ID, "0197a1b2-0000-7000-8000-000000000001");
        });

        assertThat(result.getException()).isNull();
        assertThat(json(onlyRequest()).get("tools")).isEqualTo(MistralJson.mapper().readTree(
                "[{\"type\":\"document_library\",\"library_ids\":[\"0197a1b2-0000-7000-8000-000000000001\"]}]"));
    }

    @Test
    void restartContinuesFromTheEntryOfTheHeader() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/conversations/" + CONVERSATION_ID + "/restart"))
                .willReturn(okJson(turn("conv_new", "Again"))));

        Exchange result = template.request("direct:restart", e -> {
            e.getIn().setBody("Try again");
            e.getIn().setHeader(MistralConstants.CONVERSATION_ID, CONVERSATION_ID);
            e.getIn().setHeader(MistralConstants.ENTRY_ID, "msg_1");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(MistralConstants.CONVERSATION_ID)).isEqualTo("conv_new");
        JsonNode sent = json(onlyRequest());
        assertThat(sent.get("from_entry_id").asText()).isEqualTo("msg_1");
        assertThat(sent.get("handoff_execution").asText()).isEqualTo("client");
        assertThat(sent.get("inputs").asText()).isEqualTo("Try again");
    }

    private Exchange operation(String op, String conversationId) {
        return template.request("direct:op", e -> {
            e.getIn().setHeader("op", op);
            if (conversationId != null) {
                e.getIn().setHeader(MistralConstants.CONVERSATION_ID, conversationId);
            }
        });
    }

    private static String conversation(String id) {
        return """
                {"object":"conversation","id":"%s","created_at":"2026-11-28T10:00:00.000000Z",
                 "updated_at":"2026-11-28T10:01:00.000000Z","model":"mistral-small-latest","instructions":"Be brief.",
                 "tools":[],"completion_args":{}}""".formatted(id);
    }

    @Test
    void listReadsTheBareArrayPageAfterPage() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/conversations")).withQueryParam("page", equalTo("0"))
                .willReturn(okJson("[" + conversation("conv_1") + "," + conversation("conv_2") + "]")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/conversations")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson("[" + conversation("conv_3") + "]")));

        Exchange result = operation("list", null);

        assertThat(result.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<Conversation> conversations = result.getMessage().getBody(List.class);
        assertThat(conversations).extracting(Conversation::id).containsExactly("conv_1", "conv_2", "conv_3");
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL)).isEqualTo(3);
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting(LoggedRequest::getUrl)
                .containsExactly("/v1/conversations?page=0&page_size=2", "/v1/conversations?page=1&page_size=2");
    }

    @Test
    void getHistoryMessagesAndDeleteUseTheConversationOfTheHeader() {
        String path = "/v1/conversations/" + CONVERSATION_ID;
        wireMock.stubFor(get(urlEqualTo(path)).willReturn(okJson(conversation(CONVERSATION_ID))));
        String entries = """
                [{"object":"entry","type":"message.input","id":"in_1","role":"user","content":"Hi",
                  "created_at":"2026-11-28T10:00:00Z"},
                 {"object":"entry","type":"message.output","id":"msg_1","role":"assistant","content":"Hello",
                  "created_at":"2026-11-28T10:00:01Z"}]""";
        wireMock.stubFor(get(urlEqualTo(path + "/history")).willReturn(okJson(
                "{\"object\":\"conversation.history\",\"conversation_id\":\"" + CONVERSATION_ID + "\",\"entries\":"
                + entries + "}")));
        wireMock.stubFor(get(urlEqualTo(path + "/messages")).willReturn(okJson(
                "{\"object\":\"conversation.messages\",\"conversation_id\":\"" + CONVERSATION_ID + "\",\"messages\":"
                + entries + "}")));
        wireMock.stubFor(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));

        assertThat(operation("get", CONVERSATION_ID).getMessage().getBody(Conversation.class).instructions())
                .isEqualTo("Be brief.");
        for (String op : List.of("history", "messages")) {
            @SuppressWarnings("unchecked")
            List<ConversationEntry> read = operation(op, CONVERSATION_ID).getMessage().getBody(List.class);
            assertThat(read).extracting(ConversationEntry::text).containsExactly("Hi", "Hello");
        }
        Exchange deleted = operation("delete", CONVERSATION_ID);
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody()).isNull();
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
                .containsExactly("GET " + path, "GET " + path + "/history", "GET " + path + "/messages", "DELETE " + path);
    }

    @Test
    void badInputFailsWithASpecificErrorBeforeAnythingIsSent() {
        assertThat(failureOf(template.request("direct:agentWithInstructions", e -> e.getIn().setBody("Hi"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own model, instructions and tools");
        assertThat(failureOf(template.request("direct:library", e -> e.getIn().setBody("Hi"))))
                .hasMessageContaining("document_library tool searches the libraries of the libraryId option");
        assertThat(failureOf(template.request("direct:restart", e -> {
            e.getIn().setBody("Again");
            e.getIn().setHeader(MistralConstants.CONVERSATION_ID, CONVERSATION_ID);
        }))).hasMessageContaining("restart needs the entry to restart from");
        assertThat(failureOf(template.request("direct:start", e -> e.getIn().setBody(" "))))
                .hasMessageContaining("takes the user's text (a String) or a List of input entries");
        assertThat(failureOf(operation("history", null)))
                .hasMessageContaining("history needs an id: set the CamelMistralConversationId header");
        assertNoRequestSent();
    }

    @Test
    void anUnknownBuiltInToolStopsTheRouteFromStarting() {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:unknownTool").to(mistral("conversation", "conversationTools=web_search,get_weather"));
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.addRoutes(route))
                .hasStackTraceContaining("conversationTools names built-in tools")
                .hasStackTraceContaining("'get_weather'");
    }
}
