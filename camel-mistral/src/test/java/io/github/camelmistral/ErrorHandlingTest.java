package io.github.camelmistral;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralConnectionException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a call can fail ends as a specific exception on the exchange, and the key is in none of the output: not in
 * the exception texts, the log lines, the headers or the endpoint's {@code toString}.
 */
class ErrorHandlingTest extends MistralTestSupport {

    @RegisterExtension
    LogCapture logs = new LogCapture();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").routeId("chat").to(mistral("chat", "requestTimeout=500"));
            }
        };
    }

    static Stream<Arguments> apiErrors() {
        return Stream.of(
                Arguments.of(401, "{\"message\":\"Unauthorized\",\"request_id\":\"abc123\"}", null, null,
                        "Unauthorized"),
                Arguments.of(401, "{\"detail\":\"Unauthorized\"}", null, null, "Unauthorized"),
                Arguments.of(404, "{\"object\":\"error\",\"message\":\"Model not found\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}",
                        "invalid_request_error", null, "Model not found"),
                Arguments.of(422, "{\"detail\":[{\"loc\":[\"body\",\"messages\",0,\"user\",\"name\"],\"msg\":\"Extra inputs are not permitted\",\"type\":\"extra_forbidden\",\"input\":\"x\"}]}",
                        "extra_forbidden", null, "body.messages.0.user.name: Extra inputs are not permitted [extra_forbidden]"),
                Arguments.of(422, "{\"object\":\"error\",\"message\":{\"detail\":[{\"loc\":[\"body\",\"temperature\"],\"msg\":\"Input should be less than or equal to 1.5\",\"type\":\"less_than_equal\"}]},\"type\":\"invalid_request_message_error\",\"param\":null,\"code\":null}",
                        "invalid_request_message_error", null,
                        "body.temperature: Input should be less than or equal to 1.5 [less_than_equal]"),
                Arguments.of(400, "{\"object\":\"error\",\"message\":[\"first\",\"second\"],\"type\":\"invalid_request_error\",\"code\":\"3210\"}",
                        "invalid_request_error", "3210", "[\"first\",\"second\"]"),
                Arguments.of(429, "{\"object\":\"error\",\"message\":\"Requests rate limit exceeded\",\"type\":\"rate_limited\",\"param\":null,\"code\":\"1300\",\"raw_status_code\":429}",
                        "rate_limited", "1300", "Requests rate limit exceeded"),
                Arguments.of(500, "{\"object\":\"error\",\"message\":\"Internal error\",\"type\":\"server_error\",\"code\":3001}",
                        "server_error", "3001", "Internal error"),
                Arguments.of(503, "<html>Service Unavailable</html>", null, null, "<html>Service Unavailable</html>"));
    }

    @ParameterizedTest(name = "HTTP {0}: {1}")
    @MethodSource("apiErrors")
    void apiErrorsBecomeMistralApiExceptions(int status, String body, String type, String code, String message) {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("x-kong-request-id", "kong-42").withBody(body)));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(status);
            assertThat(e.getErrorType()).isEqualTo(type);
            assertThat(e.getErrorCode()).isEqualTo(code);
            assertThat(e.getErrorMessage()).isEqualTo(message);
            assertThat(e.getRequestId()).isEqualTo("kong-42");
            assertThat(e.getResponseBody()).isEqualTo(body);
            assertThat(e.isRetryable()).isEqualTo(status == 429 || status >= 500);
            assertThat(e.getMessage()).startsWith("Mistral API POST /v1/chat/completions failed with HTTP " + status)
                    .contains(message);
        });
        assertKeyNowhere(result);
    }

    @Test
    void aLongErrorBodyIsTruncated() {
        String huge = "x".repeat(100_000);
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500).withBody(huge)));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        MistralApiException e = (MistralApiException) failureOf(result);
        assertThat(e.getResponseBody()).hasSizeLessThan(5000).endsWith("(truncated, 100000 chars)");
        assertThat(e.getMessage()).hasSizeLessThan(1200);
    }

    static Stream<Arguments> unreadableSuccesses() {
        return Stream.of(
                Arguments.of(aResponse().withStatus(200).withBody("{\"id\":\"x\",\"choices\":[{"), "not valid JSON"),
                Arguments.of(aResponse().withStatus(200).withBody(""), "the response body is empty"),
                Arguments.of(aResponse().withStatus(200).withBody("null"), "not valid JSON"));
    }

    @ParameterizedTest
    @MethodSource("unreadableSuccesses")
    void anUnreadableSuccessIsAClearErrorNotANullPointer(ResponseDefinitionBuilder response, String expected) {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(response));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(failureOf(result)).isInstanceOf(MistralApiException.class).hasMessageContaining(expected)
                .hasMessageContaining("ChatCompletionResponse");
        assertKeyNowhere(result);
    }

    @Test
    void connectionResetIsAConnectionException() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(failureOf(result)).isInstanceOf(MistralConnectionException.class)
                .hasMessageContaining("POST /v1/chat/completions at " + baseUrl());
        assertKeyNowhere(result);
    }

    @Test
    void garbageOnTheWireIsAConnectionException() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(failureOf(result)).isInstanceOfAny(MistralConnectionException.class, MistralApiException.class);
        assertKeyNowhere(result);
    }

    @Test
    void aSlowAnswerTimesOut() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(chatCompletion("late")).withFixedDelay(3000)));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(failureOf(result)).isInstanceOf(MistralConnectionException.class)
                .hasMessageContaining("timed out");
        assertKeyNowhere(result);
    }

    @Test
    void nothingListeningIsAConnectionException() {
        Exchange result = template.request("mistral:chat?baseUrl=http://127.0.0.1:1&apiKey=RAW(" + API_KEY + ")",
                e -> e.getIn().setBody("Hi"));

        assertThat(failureOf(result)).isInstanceOf(MistralConnectionException.class);
        assertKeyNowhere(result);
    }

    @Test
    void theKeyIsMaskedInEndpointAndConfigurationStrings() {
        MistralEndpoint endpoint = context.getEndpoint(mistral("chat"), MistralEndpoint.class);

        assertThat(endpoint.toString()).doesNotContain(API_KEY);
        assertThat(endpoint.getConfiguration().toString()).doesNotContain(API_KEY).contains("******");
        assertThat(endpoint.getMistralApi().toString()).doesNotContain(API_KEY);
        assertThat(context.getRoute("chat").getEndpoint().toString()).doesNotContain(API_KEY);
    }

    private void assertKeyNowhere(Exchange result) {
        StringWriter trace = new StringWriter();
        if (result.getException() != null) {
            result.getException().printStackTrace(new PrintWriter(trace));
        }
        assertThat(trace.toString()).doesNotContain(API_KEY);
        assertThat(result.getMessage().getHeaders().toString()).doesNotContain(API_KEY);
        assertThat(logs.all()).doesNotContain(API_KEY);
        assertThat(logs.count()).as("the failing exchange was logged").isPositive();
    }
}
