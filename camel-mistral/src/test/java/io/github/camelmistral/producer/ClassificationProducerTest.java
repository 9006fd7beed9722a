package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.classifiers.ClassificationResponse;
import io.github.camelmistral.api.classifiers.ClassificationResponse.TargetResult;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class ClassificationProducerTest extends MistralTestSupport {

    static final String CLASSIFIER = "ft:classifier:ministral-3b-latest:a1b2c3d4:20260301:e5f6a7b8";
    static final String GREETING = """
            {"intent":{"scores":{"greeting":0.91,"complaint":0.09}},"sentiment":{"scores":{"positive":0.8,"negative":0.2}}}""";
    static final String COMPLAINT = """
            {"intent":{"scores":{"greeting":0.05,"complaint":0.95}},"sentiment":{"scores":{"positive":0.1,"negative":0.9}}}""";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:classify").to(mistral("classification", "model=" + CLASSIFIER));
                from("direct:noModel").to(mistral("classification"));
            }
        };
    }

    static String answer(String... results) {
        return "{\"id\":\"cls-7f3a\",\"model\":\"" + CLASSIFIER + "\",\"results\":[" + String.join(",", results) + "]}";
    }

    @Test
    void aTextGivesTheScoresOfEachTargetOfTheClassifier() {
        wireMock.stubFor(post(urlEqualTo("/v1/classifications")).willReturn(okJson(answer(GREETING))));

        Exchange result = template.request("direct:classify", e -> e.getIn().setBody("Hello there!"));

        assertThat(result.getException()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, TargetResult> targets = result.getMessage().getBody(Map.class);
        assertThat(targets).containsOnlyKeys("intent", "sentiment");
        assertThat(targets.get("intent").topLabel()).isEqualTo("greeting");
        assertThat(targets.get("sentiment").scores()).containsEntry("negative", 0.2);
        assertThat(result.getMessage().getHeaders())
                .containsEntry(MistralConstants.RESPONSE_ID, "cls-7f3a")
                .containsEntry(MistralConstants.RESPONSE_MODEL, CLASSIFIER)
                .containsEntry(MistralConstants.REQUEST_ID, "req-123")
                .doesNotContainKey(MistralConstants.FLAGGED);
        assertThat(result.getMessage().getHeader(MistralConstants.RESPONSE)).isInstanceOf(ClassificationResponse.class);

        var request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/v1/classifications");
        assertThatJson(request.getBodyAsString()).isEqualTo("{\"model\":\"" + CLASSIFIER + "\",\"input\":\"Hello there!\"}");
    }

    @Test
    void aListOfTextsGivesOneResultPerTextInInputOrder() {
        wireMock.stubFor(post(urlEqualTo("/v1/classifications")).willReturn(okJson(answer(GREETING, COMPLAINT))));

        List<?> results = template.requestBody("direct:classify", List.of("Hi!", "This is broken."), List.class);

        assertThat(results).hasSize(2);
        assertThat(((TargetResult) ((Map<?, ?>) results.get(1)).get("intent")).topLabel()).isEqualTo("complaint");
        assertThatJson(onlyRequest().getBodyAsString())
                .isEqualTo("{\"model\":\"" + CLASSIFIER + "\",\"input\":[\"Hi!\",\"This is broken.\"]}");
    }

    @Test
    void aConversationIsWrappedInAMessagesObject() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/classifications")).willReturn(okJson(answer(COMPLAINT))));

        Exchange result = template.request("direct:classify", e -> e.getIn().setBody(List.of(
                ChatMessage.user("My order never came."), ChatMessage.assistant("Sorry to hear that."))));

        assertThat(result.getMessage().getBody()).isInstanceOf(Map.class);
        var request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/v1/chat/classifications");
        assertThatJson(request.getBodyAsString()).isEqualTo("""
                {"model":"%s","input":{"messages":[
                  {"role":"user","content":"My order never came."},
                  {"role":"assistant","content":"Sorry to hear that."}]}}""".formatted(CLASSIFIER));
    }

    @Test
    void severalConversationsAreAnArrayOfMessagesObjects() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/classifications")).willReturn(okJson(answer(GREETING, COMPLAINT))));

        List<?> results = template.requestBody("direct:classify", List.of(
                List.of(Map.of("role", "user", "content", "Hi!")),
                List.of(Map.of("role", "user", "content", "This is broken."))), List.class);

        assertThat(results).hasSize(2);
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"%s","input":[
                  {"messages":[{"role":"user","content":"Hi!"}]},
                  {"messages":[{"role":"user","content":"This is broken."}]}]}""".formatted(CLASSIFIER));
    }

    @Test
    void withoutAModelNothingIsSentAndTheErrorSaysWhereToSetIt() {
        Exchange result = template.request("direct:noModel", e -> e.getIn().setBody("Hello"));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mistral:classification needs a model: set the model option or the CamelMistralModel header "
                            + "to the id of a fine-tuned classifier (ft:classifier:...); there is no default");
        assertNoRequestSent();
    }

    @Test
    void theModelHeaderIsEnoughWithoutTheOption() {
        wireMock.stubFor(post(urlEqualTo("/v1/classifications")).willReturn(okJson(answer(GREETING))));

        template.request("direct:noModel", e -> {
            e.getIn().setBody("Hello");
            e.getIn().setHeader(MistralConstants.MODEL, CLASSIFIER);
        });

        assertThatJson(onlyRequest().getBodyAsString()).node("model").isEqualTo(CLASSIFIER);
    }

    @Test
    void aBodyOfTheWrongTypeIsRefusedBeforeAnyRequest() {
        Exchange result = template.request("direct:classify", e -> e.getIn().setBody(new byte[] { 1, 2 }));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mistral:classification expects the body to be a String, a List<String>, a "
                                        + "conversation")
                .hasMessageEndingWith("but got [B");
        assertNoRequestSent();
    }

    @Test
    void anUnknownClassifierIsAMistralApiException() {
        wireMock.stubFor(post(urlEqualTo("/v1/classifications")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"error\",\"message\":\"Model not found\",\"type\":\"invalid_request_error\"}")));

        Exchange result = template.request("direct:classify", e -> e.getIn().setBody("Hello"));

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(404);
            assertThat(e.getErrorMessage()).isEqualTo("Model not found");
        });
    }
}
