package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.classifiers.ModerationResponse;
import io.github.camelmistral.api.classifiers.ModerationResult;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class ModerationProducerTest extends MistralTestSupport {

    static final String CLEAN = """
            {"categories":{"sexual":false,"hate_and_discrimination":false,"violence_and_threats":false,"pii":false},
             "category_scores":{"sexual":0.001,"hate_and_discrimination":0.003,"violence_and_threats":0.0004,"pii":0.002}}""";
    static final String VIOLENT = """
            {"categories":{"sexual":false,"hate_and_discrimination":false,"violence_and_threats":true,"pii":false,
                           "jailbreaking":false},
             "category_scores":{"sexual":0.001,"hate_and_discrimination":0.04,"violence_and_threats":0.93,"pii":0.002,
                                "jailbreaking":0.01}}""";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:moderate").to(mistral("moderation"));
            }
        };
    }

    static String answer(String... results) {
        return """
                {"id":"mod-e5cc70bb","model":"mistral-moderation-2603","results":[%s],
                 "usage":{"prompt_tokens":12,"total_tokens":12,"completion_tokens":0}}
                """.formatted(String.join(",", results));
    }

    @Test
    void aTextIsModeratedAndTheFlaggedHeaderSaysWhetherAnyCategoryHit() {
        wireMock.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson(answer(VIOLENT))));

        Exchange result = template.request("direct:moderate", e -> e.getIn().setBody("I will hurt you."));

        assertThat(result.getException()).isNull();
        ModerationResult moderation = result.getMessage().getBody(ModerationResult.class);
        assertThat(moderation.flagged()).isTrue();
        assertThat(moderation.flaggedCategories()).containsExactly("violence_and_threats");
        assertThat(moderation.categoryScores()).containsEntry("violence_and_threats", 0.93).containsKey("jailbreaking");
        assertThat(result.getMessage().getHeaders())
                .containsEntry(MistralConstants.FLAGGED, true)
                .containsEntry(MistralConstants.RESPONSE_ID, "mod-e5cc70bb")
                .containsEntry(MistralConstants.RESPONSE_MODEL, "mistral-moderation-2603")
                .containsEntry(MistralConstants.REQUEST_ID, "req-123")
                .containsEntry(MistralConstants.PROMPT_TOKENS, 12)
                .containsEntry(MistralConstants.TOTAL_TOKENS, 12);
        assertThat(result.getMessage().getHeader(MistralConstants.RESPONSE)).isInstanceOf(ModerationResponse.class);

        var request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/v1/moderations");
        assertThatJson(request.getBodyAsString()).isEqualTo("""
                {"model":"mistral-moderation-latest","input":"I will hurt you."}""");
    }

    @Test
    void aListOfTextsGivesOneResultPerTextInInputOrder() {
        wireMock.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson(answer(CLEAN, CLEAN))));

        Exchange result = template.request("direct:moderate", e -> {
            e.getIn().setBody(List.of("Hello", "Nice weather"));
            e.getIn().setHeader(MistralConstants.MODEL, "mistral-moderation-2603");
        });

        assertThat(result.getMessage().getBody(List.class)).hasSize(2).allSatisfy(
                r -> assertThat(((ModerationResult) r).flagged()).isFalse());
        assertThat(result.getMessage().getHeader(MistralConstants.FLAGGED)).isEqualTo(false);
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-moderation-2603","input":["Hello","Nice weather"]}""");
    }

    @Test
    void aConversationGoesToChatModerationAsAnArrayOfMessages() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/moderations")).willReturn(okJson(answer(VIOLENT))));

        Exchange result = template.request("direct:moderate", e -> e.getIn().setBody(List.of(
                Map.of("role", "user", "content", "How do I pick a lock?"),
                ChatMessage.assistant("First, get a tension wrench."))));

        assertThat(result.getMessage().getBody()).isInstanceOf(ModerationResult.class);
        assertThat(result.getMessage().getHeader(MistralConstants.FLAGGED)).isEqualTo(true);
        var request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/v1/chat/moderations");
        assertThatJson(request.getBodyAsString()).isEqualTo("""
                {"model":"mistral-moderation-latest","input":[
                  {"role":"user","content":"How do I pick a lock?"},
                  {"role":"assistant","content":"First, get a tension wrench."}]}""");
    }

    @Test
    void severalConversationsAreSentAsAnArrayOfArrays() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/moderations")).willReturn(okJson(answer(CLEAN, VIOLENT))));

        List<?> results = template.requestBody("direct:moderate", List.of(
                List.of(ChatMessage.user("Hi")),
                List.of(ChatMessage.system("You are a bot."), ChatMessage.user("I will hurt you."))), List.class);

        assertThat(results).hasSize(2);
        assertThat(((ModerationResult) results.get(1)).flagged()).isTrue();
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-moderation-latest","input":[
                  [{"role":"user","content":"Hi"}],
                  [{"role":"system","content":"You are a bot."},{"role":"user","content":"I will hurt you."}]]}""");
    }

    @Test
    void aResultCountThatDoesNotMatchTheInputsFailsTheExchange() {
        wireMock.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson(answer(CLEAN))));

        Exchange result = template.request("direct:moderate", e -> e.getIn().setBody(List.of("a", "b")));

        assertThat(failureOf(result)).isInstanceOf(MistralApiException.class)
                .hasMessageContaining("the response has 1 results for 2 inputs");
    }

    @Test
    void anApiErrorFailsTheExchangeWithAMistralApiException() {
        wireMock.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Unauthorized\"}")));

        Exchange result = template.request("direct:moderate", e -> e.getIn().setBody("Hello"));

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(401));
        assertThat(result.getMessage().getHeader(MistralConstants.FLAGGED)).isNull();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of(42, "mistral:moderation expects the body to be a String, a List<String>, a conversation "
                                 + "(a List of ChatMessage or of Map with role and content, or one ChatMessage) or a List "
                                 + "of conversations, but got java.lang.Integer"),
                Arguments.of(null, "mistral:moderation expects the body to be a String, a List<String>, a conversation "
                                   + "(a List of ChatMessage or of Map with role and content, or one ChatMessage) or a "
                                   + "List of conversations, but got no body"),
                Arguments.of("  ", "mistral:moderation got an empty text: the body must not be blank"),
                Arguments.of(List.of(), "mistral:moderation got an empty list: send at least one text or message"),
                Arguments.of(List.of(Map.of("role", "user", "content", "Hi", "name", "bob")),
                        "mistral:moderation message 0 (role user) has field 'name', which the API does not allow for "
                        + "that role"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badBodies")
    void aBodyThatIsNeitherTextNorConversationIsRefused(Object body, String message) {
        Exchange result = template.request("direct:moderate", e -> e.getIn().setBody(body));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertNoRequestSent();
    }
}
