package io.github.camelmistral.producer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.audio.TranscriptionResponse;
import io.github.camelmistral.api.audio.TranscriptionSegment;
import io.github.camelmistral.api.files.MistralFile;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:transcription} in Java DSL routes, checked on the wire. */
class TranscriptionProducerTest extends MistralTestSupport {

    static final byte[] AUDIO = "RIFF....WAVEfmt fake audio".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final String TRANSCRIPTION = """
            {"model":"voxtral-mini-2507","text":"Hello there. General Kenobi.","language":"en",
             "segments":[{"type":"transcription_segment","text":"Hello there.","start":0.0,"end":1.2,"speaker_id":"speaker_1"},
                         {"type":"transcription_segment","text":"General Kenobi.","start":1.4,"end":2.9,"speaker_id":"speaker_2"}],
             "usage":{"prompt_audio_seconds":3,"prompt_tokens":4,"completion_tokens":9,"total_tokens":13}}""";

    @TempDir
    Path tmp;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:transcribe").to(mistral("transcription"));
                from("direct:detailed").to(mistral("transcription", "language=en&timestampGranularities=segment,word"
                                                                    + "&diarize=true&contextBias=Kenobi,Jedi&temperature=0.2"));
                from("direct:configuredFile").to(mistral("transcription", "fileId=file-from-option"));
                // as in the guide
                from("direct:lines").to(mistral("transcription", "timestampGranularities=segment&diarize=true"))
                        .split(header(MistralConstants.SEGMENTS))
                            .setBody(simple("${body.speakerId} [${body.start}s]: ${body.text}"))
                            .to("mock:line");
            }
        };
    }

    private static void stubTranscription() {
        wireMock.stubFor(post(urlEqualTo("/v1/audio/transcriptions")).willReturn(okJson(TRANSCRIPTION)));
    }

    /** The text fields of the form, repeated names kept in order. */
    private static Map<String, List<String>> fieldsOf(LoggedRequest request) {
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        return request.getParts().stream().filter(part -> !"file".equals(part.getName()))
                .collect(Collectors.groupingBy(Request.Part::getName, java.util.LinkedHashMap::new,
                        Collectors.mapping(part -> part.getBody().asString(), Collectors.toList())));
    }

    @Test
    void audioBytesAreStreamedAsTheFilePartAndTheTextComesBack() {
        stubTranscription();

        Exchange result = template.request("direct:transcribe", e -> {
            e.getIn().setBody(AUDIO);
            e.getIn().setHeader(Exchange.FILE_NAME, "calls/call-42.wav");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Hello there. General Kenobi.");
        assertThat(result.getMessage().getHeaders())
                .containsEntry(MistralConstants.RESPONSE_MODEL, "voxtral-mini-2507")
                .containsEntry(MistralConstants.PROMPT_TOKENS, 4)
                .containsEntry(MistralConstants.COMPLETION_TOKENS, 9)
                .containsEntry(MistralConstants.TOTAL_TOKENS, 13)
                .containsEntry(MistralConstants.REQUEST_ID, "req-123");
        assertThat(result.getMessage().getHeader(MistralConstants.RESPONSE, TranscriptionResponse.class).language())
                .isEqualTo("en");

        LoggedRequest request = onlyRequest();
        assertThat(fieldsOf(request)).containsExactly(Map.entry("model", List.of("voxtral-mini-latest")));
        Request.Part file = request.getPart("file");
        assertThat(file.getHeader("Content-Disposition").firstValue())
                .isEqualTo("form-data; name=\"file\"; filename=\"call-42.wav\"");
        assertThat(file.getBody().asBytes()).isEqualTo(AUDIO);
    }

    @Test
    void optionsBecomeFormFieldsAndTheSegmentsAHeader() throws Exception {
        stubTranscription();
        Path audio = Files.write(tmp.resolve("interview.mp3"), AUDIO);

        Exchange result = template.request("direct:detailed", e -> e.getIn().setBody(audio));

        assertThat(result.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<TranscriptionSegment> segments = result.getMessage().getHeader(MistralConstants.SEGMENTS, List.class);
        assertThat(segments).extracting(TranscriptionSegment::text, TranscriptionSegment::start, TranscriptionSegment::end,
                TranscriptionSegment::speakerId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hello there.", 0.0, 1.2, "speaker_1"),
                        org.assertj.core.groups.Tuple.tuple("General Kenobi.", 1.4, 2.9, "speaker_2"));

        LoggedRequest request = onlyRequest();
        // arrays go as repeated fields, as the spec's form encoding has it
        assertThat(fieldsOf(request)).containsExactly(
                Map.entry("model", List.of("voxtral-mini-latest")),
                Map.entry("language", List.of("en")),
                Map.entry("temperature", List.of("0.2")),
                Map.entry("diarize", List.of("true")),
                Map.entry("timestamp_granularities", List.of("segment", "word")),
                Map.entry("context_bias", List.of("Kenobi", "Jedi")));
        assertThat(request.getPart("file").getHeader("Content-Disposition").firstValue()).contains("filename=\"interview.mp3\"");
    }

    @Test
    void aUrlBodyIsSentAsFileUrl() {
        stubTranscription();

        template.request("direct:transcribe", e -> {
            e.getIn().setBody("https://docs.mistral.ai/audio/obama.mp3");
            e.getIn().setHeader(MistralConstants.MODEL, "voxtral-small-latest");
        });

        LoggedRequest request = onlyRequest();
        assertThat(request.getParts()).extracting(Request.Part::getName).doesNotContain("file");
        assertThat(fieldsOf(request)).containsExactly(
                Map.entry("model", List.of("voxtral-small-latest")),
                Map.entry("file_url", List.of("https://docs.mistral.ai/audio/obama.mp3")));
    }

    @Test
    void anUploadedFileIsSentAsFileIdFromTheHeaderAnUploadResultOrTheOption() {
        stubTranscription();
        MistralFile uploaded = new MistralFile("file-from-upload", "file", 10L, 1L, "a.wav", "audio", null, null, null,
                "upload", null, null, null, null);

        template.request("direct:transcribe", e -> e.getIn().setHeader(MistralConstants.FILE_ID, "file-from-header"));
        template.request("direct:transcribe", e -> e.getIn().setBody(uploaded));
        template.request("direct:configuredFile", e -> {
        });

        assertThat(wireMock.getAllServeEvents()).extracting(event -> fieldsOf(event.getRequest()).get("file_id"))
                .containsExactlyInAnyOrder(List.of("file-from-header"), List.of("file-from-upload"),
                        List.of("file-from-option"));
    }

    @Test
    void withoutAudioTheExchangeFailsNamingWhatIsExpected() {
        Exchange result = template.request("direct:transcribe", e -> {
        });

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mistral:transcription needs the audio: a body of byte[], InputStream, File, Path or a Camel "
                            + "GenericFile, an http(s) URL string, or the id of an uploaded file in the "
                            + "CamelMistralFileId header or fileId option; but got no body");
        assertNoRequestSent();
    }

    @Test
    void inputTheApiWouldRefuseFailsBeforeSending() {
        assertThat(failureOf(template.request("direct:transcribe", e -> e.getIn().setBody("C:\\calls\\call.wav"))))
                .hasMessage("mistral:transcription takes a String body as the URL of the audio, but it is not an http(s) "
                            + "URL: C:\\calls\\call.wav");
        assertThat(failureOf(transcribeWith("language=english")))
                .hasMessage("mistral:transcription: language must be a 2-letter code such as en or fr, but is 'english'");
        assertThat(failureOf(transcribeWith("timestampGranularities=segment,sentence")))
                .hasMessage("mistral:transcription: timestampGranularities takes segment and/or word, but is "
                            + "'segment,sentence'");
        assertThat(failureOf(transcribeWith("contextBias=Obi Wan")))
                .hasMessage("mistral:transcription: contextBias takes single words or terms without spaces, comma "
                            + "separated, but 'Obi Wan' has a space");
        assertThat(failureOf(template.request("direct:transcribe", e -> e.getIn().setBody(new byte[0]))))
                .hasMessage("mistral:transcription: the audio is empty");
        assertNoRequestSent();
    }

    private Exchange transcribeWith(String options) {
        return template.request(mistral("transcription", options), e -> e.getIn().setBody(AUDIO));
    }

    @Test
    void anApiErrorFailsTheExchange() {
        wireMock.stubFor(post(urlEqualTo("/v1/audio/transcriptions")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":[{\"loc\":[\"body\",\"file_url\"],\"msg\":\"URL could not be fetched\","
                          + "\"type\":\"value_error\"}]}")));

        Exchange result = template.request("direct:transcribe", e -> e.getIn().setBody("https://example.com/gone.mp3"));

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(422);
            assertThat(e.getErrorMessage()).isEqualTo("body.file_url: URL could not be fetched [value_error]");
        });
    }

    @Test
    void theSegmentsCanBeSplitAsTheGuideShows() throws Exception {
        stubTranscription();
        org.apache.camel.component.mock.MockEndpoint lines = getMockEndpoint("mock:line");
        lines.expectedBodiesReceived("speaker_1 [0.0s]: Hello there.", "speaker_2 [1.4s]: General Kenobi.");

        template.sendBody("direct:lines", AUDIO);

        lines.assertIsSatisfied();
    }
}
