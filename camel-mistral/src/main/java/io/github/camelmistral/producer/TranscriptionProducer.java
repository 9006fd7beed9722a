package io.github.camelmistral.producer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.Multipart;
import io.github.camelmistral.api.audio.TranscriptionResponse;
import io.github.camelmistral.api.files.MistralFile;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:transcription}: audio to text. The audio is the body (streamed, never loaded into memory), a URL
 * string, or a file uploaded before; the text comes back as the body, the timed segments in a header.
 */
public class TranscriptionProducer extends MistralProducer {

    private static final String AUDIO_PART_TYPE = "application/octet-stream";
    /** The name of an audio part whose file name is not known: the API detects the format from the content. */
    private static final String DEFAULT_AUDIO_NAME = "audio";
    private static final int MAX_URL_LENGTH = 2083;
    private static final Pattern LANGUAGE = Pattern.compile("\\w{2}");
    private static final Set<String> GRANULARITIES = Set.of("segment", "word");
    private static final Pattern CONTEXT_BIAS_TOKEN = Pattern.compile("[^,\\s]+");
    private static final int MAX_CONTEXT_BIAS = 100;

    public TranscriptionProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) throws Exception {
        Multipart.Builder form = Multipart.builder()
                .field("model", model(exchange))
                .field("language", language())
                .field("temperature", option(exchange, MistralConstants.TEMPERATURE, Double.class, config().getTemperature()))
                .field("diarize", config().getDiarize())
                .fields("timestamp_granularities", granularities())
                .fields("context_bias", contextBias());
        addAudio(exchange, form);
        if (config().isStreaming()) {
            form.field("stream", true);
            return api().audio().transcribeStream(form.build(), Duration.ofMillis(config().getStreamIdleTimeout()))
                    .thenAccept(answer -> {
                        ExchangeResources.closeWhenDone(exchange, answer.body());
                        exchange.getMessage().setBody(answer.body());
                        writeRequestId(exchange.getMessage(), answer.requestId());
                    });
        }
        return api().audio().transcribe(form.build())
                .thenAccept(answer -> {
                    TranscriptionResponse transcription = answer.body();
                    Message message = exchange.getMessage();
                    message.setBody(transcription.text());
                    message.setHeader(MistralConstants.SEGMENTS, transcription.segments());
                    writeResponseHeaders(message, answer, null, transcription.model());
                    CompletionProducer.setUsage(message, transcription.usage());
                });
    }

    /**
     * The audio, first match wins: the {@code CamelMistralFileId} header; a binary body (streamed as the {@code file}
     * part); an http(s) URL string; a {@link MistralFile} body (the output of an upload); the {@code fileId} option.
     */
    private void addAudio(Exchange exchange, Multipart.Builder form) throws Exception {
        String headerId = exchange.getMessage().getHeader(MistralConstants.FILE_ID, String.class);
        Object body = exchange.getMessage().getBody();
        if (headerId != null && !headerId.isBlank()) {
            form.field("file_id", headerId.strip());
        } else if (UploadBodies.isBinary(body)) {
            String name = UploadBodies.fileName(exchange, config().getFileName());
            form.file("file", name != null ? name : DEFAULT_AUDIO_NAME, AUDIO_PART_TYPE,
                    UploadBodies.source(action(), "audio", body, Long.MAX_VALUE, exchange));
        } else if (body instanceof CharSequence text && !text.toString().isBlank()) {
            form.field("file_url", url(text.toString().strip()));
        } else if (body instanceof MistralFile file) {
            form.field("file_id", file.id());
        } else if (config().getFileId() != null && !config().getFileId().isBlank()) {
            form.field("file_id", config().getFileId());
        } else {
            throw new IllegalArgumentException(action() + " needs the audio: a body of " + BinaryBodies.EXPECTED
                                               + ", an http(s) URL string, or the id of an uploaded file in the "
                                               + MistralConstants.FILE_ID + " header or fileId option; but got "
                                               + (body == null ? "no body" : body.getClass().getName()));
        }
    }

    private String url(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new IllegalArgumentException(action() + " takes a String body as the URL of the audio, but it is not an "
                                               + "http(s) URL: " + (url.length() > 40 ? url.substring(0, 40) + "..." : url));
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException(action() + ": the audio URL is " + url.length() + " characters, over the "
                                               + "API's limit of " + MAX_URL_LENGTH);
        }
        return url;
    }

    private String language() {
        String language = config().getLanguage();
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException(action() + ": language must be a 2-letter code such as en or fr, but is '"
                                               + language + "'");
        }
        return language;
    }

    private List<String> granularities() {
        List<String> values = MistralConfiguration.listOf(config().getTimestampGranularities());
        if (values != null && !GRANULARITIES.containsAll(values)) {
            throw new IllegalArgumentException(action() + ": timestampGranularities takes segment and/or word, but is '"
                                               + config().getTimestampGranularities() + "'");
        }
        return values;
    }

    private List<String> contextBias() {
        List<String> values = MistralConfiguration.listOf(config().getContextBias());
        if (values == null) {
            return null;
        }
        for (String token : values) {
            if (!CONTEXT_BIAS_TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException(action() + ": contextBias takes single words or terms without spaces, "
                                                   + "comma separated, but '" + token + "' has a space");
            }
        }
        if (values.size() > MAX_CONTEXT_BIAS) {
            throw new IllegalArgumentException(action() + ": contextBias has " + values.size() + " terms, over the API's "
                                               + "limit of " + MAX_CONTEXT_BIAS);
        }
        return values;
    }
}
