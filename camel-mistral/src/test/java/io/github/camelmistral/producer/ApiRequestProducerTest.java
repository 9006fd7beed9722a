package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class ApiRequestProducerTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:jobs").to(mistral("apiRequest", "path=/v1/batch/jobs&queryParameters=RAW(status=QUEUED&status=RUNNING&page_size=5)"))
                        .setHeader("firstId", simple("${body[data][0][id]}"));
                from("direct:any").to(mistral("apiRequest"));
            }
        };
    }

    @Test
    void getWithRepeatedQueryParametersReturnsNavigableJson() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/batch/jobs")).willReturn(okJson("""
                {"object":"list","total":1,"data":[{"id":"job-1","status":"RUNNING"}]}""")));

        Exchange result = template.request("direct:jobs", e -> {
        });

        assertThat(result.getMessage().getHeader("firstId")).isEqualTo("job-1");
        assertThat(result.getMessage().getBody()).isInstanceOf(Map.class);
        assertThat(result.getMessage().getHeader(MistralConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/batch/jobs?status=QUEUED&status=RUNNING&page_size=5");
    }

    @Test
    void aBinaryAnswerComesBackAsBytesWithItsContentType() {
        byte[] wav = {'R', 'I', 'F', 'F', 0, 1, 2, (byte) 0xff};
        wireMock.stubFor(get(urlEqualTo("/v1/audio/voices/v1/sample")).willReturn(com.github.tomakehurst.wiremock.client
                .WireMock.aResponse().withStatus(200).withHeader("Content-Type", "audio/wav").withBody(wav)));

        Exchange result = template.request("direct:any", e -> e.getIn().setHeader(MistralConstants.PATH,
                "/v1/audio/voices/v1/sample"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(byte[].class);
        assertThat(result.getMessage().getBody(byte[].class)).isEqualTo(wav);
        assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
    }

    @Test
    void postsAMapAsJsonWithMethodPathAndQueryFromHeaders() {
        wireMock.stubFor(post(urlEqualTo("/v1/moderations?dry=true")).willReturn(okJson("[1,2]")));

        Exchange result = template.request("direct:any", e -> {
            e.getIn().setBody(Map.of("model", "mistral-moderation-latest", "input", "hi"));
            e.getIn().setHeader(MistralConstants.METHOD, "post");
            e.getIn().setHeader(MistralConstants.PATH, "v1/moderations");
            e.getIn().setHeader(MistralConstants.QUERY, Map.of("dry", true));
        });

        assertThat(result.getMessage().getBody()).isEqualTo(List.of(1, 2));
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("{\"model\":\"mistral-moderation-latest\",\"input\":\"hi\"}");
    }

    @Test
    void aNullInAListOfQueryValuesIsLeftOut() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/batch/jobs")).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));

        template.request("direct:any", e -> {
            e.getIn().setHeader(MistralConstants.PATH, "/v1/batch/jobs");
            e.getIn().setHeader(MistralConstants.QUERY, Map.of("status", java.util.Arrays.asList("QUEUED", null)));
        });

        // not status=null, which the API would read as a status named "null"
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/batch/jobs?status=QUEUED");
    }

    @Test
    void aJsonStringBodyIsSentAsIs() {
        wireMock.stubFor(post(urlEqualTo("/v1/x")).willReturn(okJson("{}")));

        template.request("direct:any", e -> {
            e.getIn().setBody("{\"a\":1}");
            e.getIn().setHeader(MistralConstants.METHOD, "POST");
            e.getIn().setHeader(MistralConstants.PATH, "/v1/x");
        });

        assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aNoContentAnswerGivesANullBody() {
        wireMock.stubFor(delete(urlEqualTo("/v1/conversations/c1")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));

        Exchange result = template.request("direct:any", e -> {
            e.getIn().setHeader(MistralConstants.METHOD, "DELETE");
            e.getIn().setHeader(MistralConstants.PATH, "/v1/conversations/c1");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isNull();
        assertThat(result.getMessage().getHeader(MistralConstants.HTTP_STATUS)).isEqualTo(204);
    }

    @Test
    void otherHostsAreRefusedSoTheKeyStaysHome() {
        Exchange result = template.request("direct:any",
                e -> e.getIn().setHeader(MistralConstants.PATH, "https://evil.example.com/v1/models"));

        assertThat(failureOf(result)).hasMessageContaining("refusing https://evil.example.com/v1/models");
        assertNoRequestSent();
    }

    @Test
    void aStringThatIsNotJsonIsRefused() {
        Exchange result = template.request("direct:any", e -> {
            e.getIn().setBody("not json");
            e.getIn().setHeader(MistralConstants.METHOD, "POST");
            e.getIn().setHeader(MistralConstants.PATH, "/v1/x");
        });

        assertThat(failureOf(result)).hasMessageContaining("the String body is not valid JSON");
        assertNoRequestSent();
    }

    @Test
    void aMissingPathIsNamed() {
        Exchange result = template.request("direct:any", e -> {
        });

        assertThat(failureOf(result)).hasMessageContaining("needs a path").hasMessageContaining(MistralConstants.PATH);
    }
}
