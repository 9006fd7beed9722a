package io.github.camelmistral.producer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** What answers carry beyond the text: a reasoning model's thinking kept apart, cached prompt tokens. */
class ResponseFidelityTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to(mistral("chat", "model=magistral-medium-latest"));
            }
        };
    }

    @Test
    void thinkingChunksGoToTheReasoningHeaderAndCachedTokensToTheirOwn() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson("""
                {"id":"r1","object":"chat.completion","created":1,"model":"magistral-medium-2509",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":[
                   {"type":"thinking","thinking":[{"type":"text","text":"The user wants 2+2. "},{"type":"text","text":"That is 4."}]},
                   {"type":"text","text":"4"}]}}],
                 "usage":{"prompt_tokens":30,"completion_tokens":12,"total_tokens":42,
                          "prompt_tokens_details":{"cached_tokens":24}}}""")));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("2+2?"));

        assertThat(result.getMessage().getBody(String.class)).isEqualTo("4");
        assertThat(result.getMessage().getHeader(MistralConstants.REASONING)).isEqualTo("The user wants 2+2. That is 4.");
        assertThat(result.getMessage().getHeader(MistralConstants.CACHED_TOKENS)).isEqualTo(24);
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL_TOKENS)).isEqualTo(42);
    }

    @Test
    void olderAnswersCountCachedTokensAsNumCachedTokens() {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson("""
                {"id":"r2","object":"chat.completion","created":1,"model":"mistral-small-2506",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Hi"}}],
                 "usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6,"num_cached_tokens":3}}""")));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(result.getMessage().getHeader(MistralConstants.CACHED_TOKENS)).isEqualTo(3);
        assertThat(result.getMessage().getHeader(MistralConstants.REASONING)).isNull();
    }
}
