package io.github.camelmistral.producer;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.audio.SpeechRequest;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:speech}: text in, the audio file out ({@code voice}, {@code audioFormat}): {@code byte[]} up to
 * {@code streamThreshold} bytes, an {@code InputStream} decoded as the answer arrives beyond.
 */
public class SpeechProducer extends MistralProducer {

    private static final List<String> FORMATS = List.of("mp3", "wav", "pcm", "flac", "opus");

    public SpeechProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        checkedFormat(config().getAudioFormat());
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof CharSequence text) || text.toString().isBlank()) {
            throw new IllegalArgumentException(action() + " takes the text to speak as a String body, but got "
                                               + (body == null ? "none" : body instanceof CharSequence ? "a blank String"
                                                       : body.getClass().getName()));
        }
        String format = checkedFormat(option(exchange, MistralConstants.AUDIO_FORMAT, String.class,
                config().getAudioFormat()));
        SpeechRequest request = new SpeechRequest(model(exchange), text.toString(),
                option(exchange, MistralConstants.VOICE_ID, String.class, config().getVoice()), format);
        if (config().getStreamThreshold() < 0) {
            throw new IllegalArgumentException(action() + ": streamThreshold is a number of bytes, 0 or more, but is "
                                               + config().getStreamThreshold());
        }
        return api().audio().speechAudio(request, config().getStreamThreshold()).thenAccept(answer -> {
            Message message = exchange.getMessage();
            // a long recording is a stream decoded as it arrives, closed with the exchange
            ExchangeResources.closeWhenDone(exchange, answer.body());
            message.setBody(answer.body());
            writeRequestId(message, answer.requestId());
            writeRateLimits(message, answer.rateLimits());
            message.setHeader(Exchange.CONTENT_TYPE, contentType(format == null ? "mp3" : format));
        });
    }

    private String checkedFormat(String format) {
        if (format == null) {
            return null;
        }
        String lower = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(lower)) {
            throw new IllegalArgumentException(action() + ": audioFormat is one of " + FORMATS + ", but is '" + format + "'");
        }
        return lower;
    }

    private static String contentType(String format) {
        return switch (format) {
            case "mp3" -> "audio/mpeg";
            case "pcm" -> "audio/L16";
            case "opus" -> "audio/ogg";
            default -> "audio/" + format;
        };
    }
}
