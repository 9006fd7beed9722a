package io.github.camelmistral.producer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mistral:speech} with a recording over {@code streamThreshold}: an {@code InputStream} decoded from the
 * answer's base64 as it arrives; a short one stays {@code byte[]}.
 */
class SpeechStreamingTest extends MistralTestSupport {

    private final AtomicReference<Class<?>> seen = new AtomicReference<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").toD(mistral("speech", "audioFormat=mp3&${header.options}"))
                        // a streamed recording is closed with the exchange: read it within the route
                        .process(exchange -> {
                            Object body = exchange.getMessage().getBody();
                            seen.set(body.getClass());
                            if (body instanceof InputStream in) {
                                exchange.getMessage().setBody(readAll(in));
                            }
                        });
            }
        };
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static byte[] audio(int length) {
        byte[] audio = new byte[length];
        new Random(7).nextBytes(audio);
        return audio;
    }

    private Exchange speak(String options) {
        return template.request("direct:speak", exchange -> {
            exchange.getIn().setHeader("options", options);
            exchange.getIn().setBody("A long announcement");
        });
    }

    @Test
    void aLongRecordingIsDecodedAsItArrives() {
        byte[] audio = audio(3 * 1024 * 1024);
        // escaped slashes and a member before the audio, as a JSON encoder may write them
        String base64 = Base64.getEncoder().encodeToString(audio).replace("/", "\\/");
        wireMock.stubFor(post(urlEqualTo("/v1/audio/speech")).willReturn(okJson(
                "{\"model\":\"voxtral-mini-tts\",\"note\":\"has \\\"quotes\\\", a {brace} and audio_data\","
                + "\"audio_data\": \"" + base64 + "\"}")));

        Exchange result = speak("streamThreshold=1048576");

        assertThat(result.getException()).isNull();
        assertThat(seen.get()).isAssignableTo(InputStream.class);
        assertThat(result.getMessage().getBody(byte[].class)).isEqualTo(audio);
        assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/mpeg");
    }

    @Test
    void aShortRecordingStaysBytesUnlessAStreamIsAskedFor() {
        byte[] audio = audio(2048);
        wireMock.stubFor(post(urlEqualTo("/v1/audio/speech")).willReturn(okJson(
                "{\"audio_data\":\"" + Base64.getEncoder().encodeToString(audio) + "\"}")));

        Exchange small = speak("voice=en_paul_neutral");
        assertThat(seen.get()).isEqualTo(byte[].class);
        assertThat(small.getMessage().getBody(byte[].class)).isEqualTo(audio);

        Exchange streamed = speak("streamThreshold=0");
        assertThat(seen.get()).isAssignableTo(InputStream.class);
        assertThat(streamed.getMessage().getBody(byte[].class)).isEqualTo(audio);
    }
}
