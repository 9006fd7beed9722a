package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.audio.Voice;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:voice}, checked on the wire. */
class VoiceProducerTest extends MistralTestSupport {

    static final String VOICE_ID = "0197a1b2-0000-7000-8000-0000000000f1";
    static final String VOICE = "/v1/audio/voices/" + VOICE_ID;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:voice").toD(mistral("voice", "operation=${header.op}&pageSize=1"));
            }
        };
    }

    static String voice(String id) {
        return "{\"id\":\"" + id + "\",\"name\":\"Narrator\",\"languages\":[\"en\"],\"created_at\":\"2026-11-28T10:00:00Z\","
               + "\"user_id\":null,\"retention_notice\":30}";
    }

    private Exchange op(String op, Object body, boolean byId) {
        return template.request("direct:voice", e -> {
            e.getIn().setHeader("op", op);
            if (byId) {
                e.getIn().setHeader(MistralConstants.VOICE_ID, VOICE_ID);
            }
            e.getIn().setBody(body);
        });
    }

    @Test
    void everyOperationOnTheWire() {
        wireMock.stubFor(post(urlEqualTo("/v1/audio/voices")).willReturn(okJson(voice(VOICE_ID))));
        wireMock.stubFor(get(urlPathEqualTo("/v1/audio/voices")).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson("{\"items\":[" + voice(VOICE_ID) + "],\"total\":2,\"page\":0,\"page_size\":1,"
                                   + "\"total_pages\":2}")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/audio/voices")).withQueryParam("offset", equalTo("1"))
                .willReturn(okJson("{\"items\":[" + voice("0197a1b2-0000-7000-8000-0000000000f2") + "],\"total\":2,"
                                   + "\"page\":1,\"page_size\":1,\"total_pages\":2}")));
        wireMock.stubFor(any(urlEqualTo(VOICE)).willReturn(okJson(voice(VOICE_ID))));
        wireMock.stubFor(get(urlEqualTo(VOICE + "/sample")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/wav").withBody(new byte[] {'R', 'I', 'F', 'F'})));

        Exchange created = op("create", Map.of("name", "Narrator", "sample_audio", "UklGRg=="), false);
        assertThat(created.getMessage().getHeader(MistralConstants.VOICE_ID)).isEqualTo(VOICE_ID);
        @SuppressWarnings("unchecked")
        List<Voice> voices = op("list", null, false).getMessage().getBody(List.class);
        assertThat(voices).hasSize(2);
        assertThat(op("get", null, true).getMessage().getBody(Voice.class).languages()).containsExactly("en");
        assertThat(op("update", Map.of("name", "Storyteller"), true).getException()).isNull();
        Exchange sample = op("sample", null, true);
        assertThat(sample.getMessage().getBody(byte[].class)).containsExactly('R', 'I', 'F', 'F');
        assertThat(sample.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
        assertThat(op("delete", null, true).getException()).isNull();

        assertThat(wireMock.findAll(anyRequestedFor(anyUrl())))
                .extracting(r -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
                        "POST /v1/audio/voices", "GET /v1/audio/voices?limit=1&offset=0",
                        "GET /v1/audio/voices?limit=1&offset=1", "GET " + VOICE, "PATCH " + VOICE,
                        "GET " + VOICE + "/sample", "DELETE " + VOICE);
        LoggedRequest create = wireMock.findAll(anyRequestedFor(urlEqualTo("/v1/audio/voices"))).get(0);
        assertThat(create.getBodyAsString()).contains("\"sample_audio\":\"UklGRg==\"");
    }

    @Test
    void missingVoiceOrBodyIsASpecificError() {
        assertThat(failureOf(op("sample", null, false))).hasMessageContaining("sample needs an id: set the "
                                                                             + "CamelMistralVoiceId header or the voice option");
        assertThat(failureOf(op("create", "Narrator", false))).hasMessageContaining("create takes a Map");
        assertNoRequestSent();
    }
}
