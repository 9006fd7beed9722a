package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.chat.ChatCompletionRequest;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class ChatProducerTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to(mistral("chat"));
                from("direct:tuned").to(mistral("chat", "model=mistral-large-latest&systemMessage=Be brief."
                                                        + "&temperature=0.2&topP=0.9&maxTokens=50&randomSeed=42"
                                                        + "&safePrompt=true&stop=END,STOP&n=2&presencePenalty=0.5"
                                                        + "&frequencyPenalty=0.25&reasoningEffort=none"));
                from("direct:jsonSchema").to(mistral("chat", "responseFormat=json_schema"
                                                             + "&jsonSchema=resource:classpath:schemas/person.json"
                                                             + "&jsonSchemaName=person&jsonSchemaStrict=true"));
                from("direct:jsonObject").to(mistral("chat", "responseFormat=json_object"));
            }
        };
    }

    @Test
    void stringBodyIsTheUserPromptAndTheReplyIsTheBody() {
        stubChatReply("Paris.");

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Capital of France?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Paris.");
        assertThat(result.getMessage().getHeaders())
                .containsEntry(MistralConstants.PROMPT_TOKENS, 11)
                .containsEntry(MistralConstants.COMPLETION_TOKENS, 7)
                .containsEntry(MistralConstants.TOTAL_TOKENS, 18)
                .containsEntry(MistralConstants.FINISH_REASON, "stop")
                .containsEntry(MistralConstants.RESPONSE_ID, "cmpl-1")
                .containsEntry(MistralConstants.RESPONSE_MODEL, "mistral-small-2506")
                .containsEntry(MistralConstants.REQUEST_ID, "req-123");
        assertThat(result.getMessage().getHeader(MistralConstants.RESPONSE)).isInstanceOf(ChatCompletionResponse.class);

        var request = onlyRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThatJson(request.getBodyAsString()).isEqualTo("""
                {"model":"mistral-small-latest","messages":[{"role":"user","content":"Capital of France?"}]}
                """);
    }

    @Test
    void endpointOptionsGoOnTheWireUnderTheirSchemaNames() {
        stubChatReply("ok");

        template.requestBody("direct:tuned", "Hi");

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-large-latest",
                 "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}],
                 "temperature":0.2,"top_p":0.9,"max_tokens":50,"random_seed":42,"safe_prompt":true,
                 "stop":["END","STOP"],"n":2,"presence_penalty":0.5,"frequency_penalty":0.25,
                 "reasoning_effort":"none"}
                """);
    }

    @Test
    void headersOverrideOptionsPerMessage() {
        stubChatReply("ok");

        template.request("direct:tuned", e -> {
            e.getIn().setBody("Hi");
            e.getIn().setHeader(MistralConstants.MODEL, "ministral-8b-latest");
            e.getIn().setHeader(MistralConstants.TEMPERATURE, "0.9");
            e.getIn().setHeader(MistralConstants.MAX_TOKENS, 7);
            e.getIn().setHeader(MistralConstants.SYSTEM_MESSAGE, "Be verbose.");
            e.getIn().setHeader(MistralConstants.STOP, List.of("X"));
        });

        assertThatJson(onlyRequest().getBodyAsString())
                .isObject()
                .containsEntry("model", "ministral-8b-latest")
                .containsEntry("temperature", 0.9)
                .containsEntry("max_tokens", 7)
                .containsEntry("stop", List.of("X"));
        assertThatJson(onlyRequest().getBodyAsString()).node("messages[0].content").isEqualTo("Be verbose.");
    }

    @Test
    void jsonSchemaIsLoadedFromTheClasspath() {
        stubChatReply("{\"name\":\"Ada\",\"age\":36}");

        String reply = template.requestBody("direct:jsonSchema", "Who wrote the first program?", String.class);

        assertThat(reply).isEqualTo("{\"name\":\"Ada\",\"age\":36}");
        assertThatJson(onlyRequest().getBodyAsString()).node("response_format").isEqualTo("""
                {"type":"json_schema","json_schema":{"name":"person","strict":true,"schema":{
                  "type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},
                  "required":["name","age"],"additionalProperties":false}}}
                """);
    }

    @Test
    void jsonObjectMode() {
        stubChatReply("{}");

        template.requestBody("direct:jsonObject", "Answer in JSON");

        assertThatJson(onlyRequest().getBodyAsString()).node("response_format").isEqualTo("{\"type\":\"json_object\"}");
    }

    @Test
    void conversationAsMapsKeepsRolesAndOrder() {
        stubChatReply("Nice to meet you, Ada.");

        List<Map<String, Object>> conversation = List.of(
                Map.of("role", "system", "content", "You are polite."),
                Map.of("role", "user", "content", "I am Ada."),
                Map.of("role", "assistant", "content", "Hello!"),
                Map.of("role", "user", "content", "Greet me by name."));
        template.requestBody("direct:chat", conversation);

        assertThatJson(onlyRequest().getBodyAsString()).node("messages").isEqualTo("""
                [{"role":"system","content":"You are polite."},{"role":"user","content":"I am Ada."},
                 {"role":"assistant","content":"Hello!"},{"role":"user","content":"Greet me by name."}]
                """);
    }

    @Test
    void conversationHeaderContinuesAMultiTurnChat() {
        stubChatReply("Hello Ada!");
        Exchange first = template.request("direct:chat", e -> e.getIn().setBody("I am Ada."));

        @SuppressWarnings("unchecked")
        List<ChatMessage> history = new ArrayList<>(first.getMessage().getHeader(MistralConstants.CONVERSATION, List.class));
        history.add(ChatMessage.user("What is my name?"));
        wireMock.resetRequests();
        template.requestBody("direct:chat", history);

        assertThatJson(onlyRequest().getBodyAsString()).node("messages").isEqualTo("""
                [{"role":"user","content":"I am Ada."},{"role":"assistant","content":"Hello Ada!"},
                 {"role":"user","content":"What is my name?"}]
                """);
    }

    @Test
    void fullRequestIsSentAsBuilt() {
        stubChatReply("ok");
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model("open-mistral-nemo")
                .messages(List.of(ChatMessage.user("Hi")))
                .tools(List.of(Map.of("type", "function", "function",
                        Map.of("name", "now", "parameters", Map.of("type", "object", "properties", Map.of())))))
                .toolChoice("auto")
                .build();

        template.requestBody("direct:chat", request);

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"open-mistral-nemo","messages":[{"role":"user","content":"Hi"}],
                 "tools":[{"type":"function","function":{"name":"now","parameters":{"type":"object","properties":{}}}}],
                 "tool_choice":"auto"}
                """);
    }

    @Test
    void reasoningRepliesKeepOnlyTheTextChunks() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson("""
                {"id":"r1","object":"chat.completion","model":"magistral-medium-latest","created":1,
                 "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3},
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":[
                   {"type":"thinking","thinking":[{"type":"text","text":"Let me think."}]},
                   {"type":"text","text":"42"}]}}]}
                """)));

        assertThat(template.requestBody("direct:chat", "Answer?", String.class)).isEqualTo("42");
    }

    @Test
    void aMessageFieldTheRoleDoesNotAllowIsRefusedBeforeSending() {
        Exchange result = template.request("direct:chat", e -> e.getIn().setBody(
                List.of(Map.of("role", "user", "content", "Hi", "name", "ada"))));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message 0 (role user) has field 'name'");
        assertNoRequestSent();
    }

    @Test
    void anUnknownRoleIsRefusedBeforeSending() {
        Exchange result = template.request("direct:chat", e -> e.getIn().setBody(
                List.of(Map.of("role", "robot", "content", "Hi"))));

        assertThat(failureOf(result)).hasMessageContaining("needs a role of system, user, assistant or tool");
        assertNoRequestSent();
    }

    @Test
    void aBodyOfTheWrongTypeNamesWhatWasExpected() {
        Exchange result = template.request("direct:chat", e -> e.getIn().setBody(42));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mistral:chat expects the body to be a String (the user prompt)")
                .hasMessageContaining("but got java.lang.Integer");
        assertNoRequestSent();
    }

    @Test
    void aHeaderOfTheWrongTypeNamesTheHeader() {
        Exchange result = template.request("direct:chat", e -> {
            e.getIn().setBody("Hi");
            e.getIn().setHeader(MistralConstants.TEMPERATURE, "warm");
        });

        assertThat(failureOf(result)).hasMessageContaining("Header CamelMistralTemperature must be a Double");
        assertNoRequestSent();
    }

    @Test
    void jsonSchemaModeWithoutASchemaIsRefused() {
        Exchange result = template.request("direct:chat", e -> {
            e.getIn().setBody("Hi");
            e.getIn().setHeader(MistralConstants.RESPONSE_FORMAT, "json_schema");
        });

        assertThat(failureOf(result)).hasMessageContaining("responseFormat=json_schema needs a schema");
        assertNoRequestSent();
    }
}
