package io.github.camelmistral.producer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:speech}, checked on the wire. */
class SpeechProducerTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").to(mistral("speech", "voice=en_paul_neutral&audioFormat=wav"));
                from("direct:default").to(mistral("speech"));
            }
        };
    }

    @Test
    void sendsTheTextVoiceAndFormatAndReturnsTheDecodedAudio() throws Exception {
        byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        wireMock.stubFor(post(urlEqualTo("/v1/audio/speech"))
                .willReturn(okJson("{\"audio_data\":\"" + Base64.getEncoder().encodeToString(wav) + "\"}")));

        Exchange result = template.request("direct:speak", e -> e.getIn().setBody("Hello there"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).isEqualTo(wav);
        assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
        assertThat(MistralJson.mapper().readTree(onlyRequest().getBodyAsString())).isEqualTo(MistralJson.mapper()
                .readTree("{\"input\":\"Hello there\",\"voice_id\":\"en_paul_neutral\",\"response_format\":\"wav\"}"));
    }

    @Test
    void theHeadersOverrideVoiceAndFormat() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/audio/speech")).willReturn(okJson("{\"audio_data\":\"AAEC\"}")));

        Exchange result = template.request("direct:default", e -> {
            e.getIn().setBody("Hi");
            e.getIn().setHeader(MistralConstants.VOICE_ID, "fr_marie_happy");
            e.getIn().setHeader(MistralConstants.AUDIO_FORMAT, "FLAC");
        });

        assertThat(result.getMessage().getBody(byte[].class)).containsExactly(0, 1, 2);
        assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/flac");
        assertThat(onlyRequest().getBodyAsString()).contains("\"voice_id\":\"fr_marie_happy\"", "\"response_format\":\"flac\"");
    }

    @Test
    void aNonTextBodyOrAnUnknownFormatIsASpecificError() {
        assertThat(failureOf(template.request("direct:default", e -> e.getIn().setBody(new byte[] {1}))))
                .hasMessageContaining("takes the text to speak as a String body");
        assertThat(failureOf(template.request("direct:default", e -> {
            e.getIn().setBody("Hi");
            e.getIn().setHeader(MistralConstants.AUDIO_FORMAT, "aac");
        }))).hasMessageContaining("audioFormat is one of [mp3, wav, pcm, flac, opus], but is 'aac'");
        assertNoRequestSent();
    }
}
