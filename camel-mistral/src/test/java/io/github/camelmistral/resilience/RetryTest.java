package io.github.camelmistral.resilience;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.LogCapture;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralConnectionException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which failed calls are sent again, after how long, and what the route sees when the retries are over: checked on the
 * wire with WireMock.
 */
class RetryTest extends MistralTestSupport {

    private static final String CHAT = "/v1/chat/completions";
    private static final String FILES = "/v1/files";
    private static final String RATE_LIMITED = "{\"object\":\"error\",\"message\":\"Requests rate limit exceeded\","
                                               + "\"type\":\"rate_limited\",\"param\":null,\"code\":\"1300\"}";
    private static final String FILE = "{\"id\":\"7f3c1b2e-5d4a-4e8f-9a6b-2c1d0e9f8a7b\",\"object\":\"file\","
                                       + "\"bytes\":5,\"created_at\":1735689600,\"filename\":\"a.jsonl\","
                                       + "\"purpose\":\"batch\",\"sample_type\":\"batch_request\",\"source\":\"upload\"}";

    @RegisterExtension
    LogCapture logs = new LogCapture();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to(mistral("chat", "retryInitialDelay=10"));
                from("direct:noRetries").to(mistral("chat", "maxRetries=0"));
                from("direct:shortMax").to(mistral("chat", "retryMaxDelay=2000"));
                from("direct:upload").to(mistral("file", "operation=upload&purpose=batch&fileName=a.jsonl"
                                                         + "&retryInitialDelay=10"));
                from("direct:uploadStream").noStreamCaching()
                        .to(mistral("file", "operation=upload&purpose=batch&fileName=a.jsonl&retryInitialDelay=10"));
                from("direct:gateway").to(mistral("chat", "additionalHeaders.X-Gateway=eu-1&additionalHeaders.X-Team=ops"));
            }
        };
    }

    @BeforeEach
    void debugLogging() {
        Configurator.setLevel("io.github.camelmistral", Level.DEBUG);
    }

    @AfterEach
    void defaultLogging() {
        Configurator.setLevel("io.github.camelmistral", Level.INFO);
    }

    /** The chat endpoint answers with {@code failures} in order, then with a reply. */
    private static void chatFailsThenAnswers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... failures) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.length; i++) {
            String next = "failure " + (i + 1);
            wireMock.stubFor(post(urlEqualTo(CHAT)).inScenario("chat").whenScenarioStateIs(state)
                    .willReturn(failures[i]).willSetStateTo(next));
            state = next;
        }
        wireMock.stubFor(post(urlEqualTo(CHAT)).inScenario("chat").whenScenarioStateIs(state)
                .willReturn(okJson(chatCompletion("finally"))));
    }

    private static List<LoggedRequest> sent(String path) {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void serverErrorsAndResetsAreRetriedUntilTheCallSucceeds() {
        chatFailsThenAnswers(aResponse().withStatus(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("finally");
        assertThat(sent(CHAT)).hasSize(3);
        // the same body every time
        assertThat(sent(CHAT)).extracting(LoggedRequest::getBodyAsString).containsOnly(sent(CHAT).get(0).getBodyAsString());
        assertThat(logs.all()).contains("Retrying POST /v1/chat/completions (attempt 2 of at most 3)")
                .contains("(attempt 3 of at most 3)")
                .doesNotContain(API_KEY);
    }

    @Test
    void theFinalErrorSaysHowManyAttemptsWereMade() {
        chatFailsThenAnswers(aResponse().withStatus(500), aResponse().withStatus(502), aResponse().withStatus(504));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(result.getException()).isInstanceOf(MistralApiException.class)
                .hasMessageContaining("HTTP 504").hasMessageContaining("after 3 attempts");
        assertThat(((MistralApiException) result.getException()).getAttempts()).isEqualTo(3);
        assertThat(sent(CHAT)).hasSize(3);
    }

    @Test
    void retryAfterSetsTheDelay() {
        chatFailsThenAnswers(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withHeader("x-ratelimit-remaining-req-minute", "0").withBody(RATE_LIMITED));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(result.getException()).isNull();
        List<LoggedRequest> requests = sent(CHAT);
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(requests.get(0).getLoggedDate().toInstant(),
                requests.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterLongerThanRetryMaxDelayFailsAtOnceSayingSo() {
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusMinutes(1));
        chatFailsThenAnswers(aResponse().withStatus(429).withHeader("Retry-After", inAMinute).withBody(RATE_LIMITED));

        Exchange result = template.request("direct:shortMax", e -> e.getIn().setBody("Hi"));

        MistralApiException error = (MistralApiException) result.getException();
        assertThat(error.getStatusCode()).isEqualTo(429);
        assertThat(error.getRetryAfter()).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
        assertThat(error.getMessage()).contains("not retried").contains("Retry-After").contains("retryMaxDelay=2000 ms");
        assertThat(sent(CHAT)).hasSize(1);
    }

    @Test
    void maxRetriesZeroSendsOnce() {
        chatFailsThenAnswers(aResponse().withStatus(503));

        Exchange result = template.request("direct:noRetries", e -> e.getIn().setBody("Hi"));

        assertThat(result.getException()).isInstanceOf(MistralApiException.class)
                .hasMessageNotContaining("attempts");
        assertThat(sent(CHAT)).hasSize(1);
    }

    @Test
    void clientErrorsAreNotRetried() {
        chatFailsThenAnswers(aResponse().withStatus(400).withBody("{\"message\":\"bad\"}"));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(result.getException()).isInstanceOf(MistralApiException.class);
        assertThat(sent(CHAT)).hasSize(1);
    }

    @Test
    void anUploadIsNotRetriedAfterA503SinceTheFileMayExistAlready() {
        wireMock.stubFor(post(urlEqualTo(FILES)).willReturn(aResponse().withStatus(503)));

        Exchange result = template.request("direct:upload", e -> e.getIn().setBody("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.getException()).isInstanceOf(MistralApiException.class);
        assertThat(sent(FILES)).hasSize(1);
    }

    @Test
    void anUploadIsNotRetriedAfterAResetSinceTheApiMayHaveActed() {
        wireMock.stubFor(post(urlEqualTo(FILES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange result = template.request("direct:upload", e -> e.getIn().setBody("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.getException()).isInstanceOf(MistralConnectionException.class);
        assertThat(sent(FILES)).hasSize(1);
    }

    @Test
    void anUploadIsRetriedAfterA429WithTheWholeFileAgain() {
        wireMock.stubFor(post(urlEqualTo(FILES)).inScenario("upload").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)).willSetStateTo("retried"));
        wireMock.stubFor(post(urlEqualTo(FILES)).inScenario("upload").whenScenarioStateIs("retried")
                .willReturn(okJson(FILE)));

        Exchange result = template.request("direct:upload", e -> e.getIn().setBody("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.getException()).isNull();
        assertThat(sent(FILES)).hasSize(2).allSatisfy(request -> assertThat(request.getBodyAsString()).contains("{\"a\":1}"));
    }

    @Test
    void aOneShotStreamIsNotRetriedAndTheErrorSaysWhy() {
        wireMock.stubFor(post(urlEqualTo(FILES)).willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)));

        Exchange result = template.request("direct:uploadStream",
                e -> e.getIn().setBody(new ByteArrayInputStream("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(result.getException()).isInstanceOf(MistralApiException.class)
                .hasMessageContaining("not retried: the request body is a one-shot stream");
        assertThat(sent(FILES)).hasSize(1);
    }

    @Test
    void successfulAnswersCarryTheRateLimitHeaders() {
        wireMock.stubFor(post(urlEqualTo(CHAT)).willReturn(okJson(chatCompletion("ok"))
                .withHeader("x-ratelimit-remaining-req-minute", "59")
                .withHeader("x-ratelimit-remaining-tokens-minute", "499000")
                .withHeader("x-ratelimit-limit-req-minute", "60")));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(result.getMessage().getHeader(MistralConstants.RATE_LIMIT_REMAINING_REQUESTS)).isEqualTo(59L);
        assertThat(result.getMessage().getHeader(MistralConstants.RATE_LIMIT_REMAINING_TOKENS)).isEqualTo(499_000L);
        assertThat(result.getMessage().getHeader(MistralConstants.RATE_LIMITS, java.util.Map.class))
                .containsEntry("x-ratelimit-limit-req-minute", "60");
    }

    @Test
    void additionalHeadersAreSentAndTheKeyStaysInAuthorization() {
        stubChatReply("ok");

        template.request("direct:gateway", e -> e.getIn().setBody("Hi"));

        LoggedRequest request = sent(CHAT).get(0);
        assertThat(request.getHeader("X-Gateway")).isEqualTo("eu-1");
        assertThat(request.getHeader("X-Team")).isEqualTo("ops");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    }

    @Test
    void additionalHeadersCannotReplaceAuthorization() {
        // refused when the endpoint starts, before anything is sent
        assertThatThrownBy(() -> template.request(mistral("chat", "additionalHeaders.Authorization=Bearer other"),
                e -> e.getIn().setBody("Hi")))
                .hasStackTraceContaining("additionalHeaders cannot set Authorization");
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(CHAT)).withHeader("Authorization",
                equalTo("Bearer other")))).isEmpty();
    }
}
