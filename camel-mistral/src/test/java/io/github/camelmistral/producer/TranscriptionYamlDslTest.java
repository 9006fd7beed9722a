package io.github.camelmistral.producer;

import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelmistral.producer.TranscriptionProducerTest.AUDIO;
import static io.github.camelmistral.producer.TranscriptionProducerTest.TRANSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** Recordings dropped in a folder are transcribed, as a YAML DSL route author writes it. */
class TranscriptionYamlDslTest extends MistralTestSupport {

    @TempDir
    static Path recordings;

    @Override
    protected void doPostSetup() throws Exception {
        context.getPropertiesComponent().addInitialProperty("recordings", recordings.toString());
        String yaml = """
                - route:
                    from:
                      uri: "file:{{recordings}}"
                      parameters:
                        noop: true
                        include: ".*\\\\.wav"
                      steps:
                        - to:
                            uri: mistral:transcription
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              language: en
                              timestampGranularities: segment
                        - to: mock:transcript
                """;
        loadYamlRoutes("transcription-routes.yaml", yaml);
    }

    @Test
    void aRecordingDroppedInTheFolderComesOutAsText() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/audio/transcriptions")).willReturn(okJson(TRANSCRIPTION)));
        MockEndpoint transcript = getMockEndpoint("mock:transcript");
        transcript.expectedBodiesReceived("Hello there. General Kenobi.");
        transcript.expectedHeaderReceived("CamelFileName", "call-7.wav");

        Files.write(recordings.resolve("call-7.wav"), AUDIO);

        transcript.assertIsSatisfied();
        assertThat(transcript.getExchanges().get(0).getMessage().getHeader(MistralConstants.SEGMENTS, java.util.List.class))
                .hasSize(2);
        LoggedRequest request = onlyRequest();
        assertThat(request.getPart("model").getBody().asString()).isEqualTo("voxtral-mini-latest");
        assertThat(request.getPart("language").getBody().asString()).isEqualTo("en");
        assertThat(request.getPart("timestamp_granularities").getBody().asString()).isEqualTo("segment");
        assertThat(request.getPart("file").getHeader("Content-Disposition").firstValue()).contains("filename=\"call-7.wav\"");
        assertThat(request.getPart("file").getBody().asBytes()).isEqualTo(AUDIO);
    }
}
