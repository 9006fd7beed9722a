package io.github.camelmistral.producer;

import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.audio.Voice;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** {@code mistral:voice}: the custom voices of {@code mistral:speech}, and their sample recordings. */
public class VoiceProducer extends ResourceProducer {

    /** The operations of {@code mistral:voice}. */
    public enum Operation {
        list, get, create, update, delete, sample
    }

    public VoiceProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case list -> list(exchange, api().audio().voices(), Voice::id);
            case create -> api().audio().createVoice(LibraryProducer.request(this, exchange, operation.name(),
                    "name, sample_audio (base64), sample_filename, languages, gender, age, tags")).thenAccept(answer -> {
                        exchange.getMessage().setBody(answer.body());
                        writeResponseHeaders(exchange.getMessage(), answer, null, null);
                        exchange.getMessage().setHeader(MistralConstants.VOICE_ID, answer.body().id());
                    });
            case get -> callForBody(exchange, api().audio().voice(voiceId(exchange, operation)));
            case update -> {
                String id = voiceId(exchange, operation);
                yield callForBody(exchange, api().audio().updateVoice(id, LibraryProducer.request(this, exchange,
                        operation.name(), "name, languages, gender, age, tags")));
            }
            case delete -> callForBody(exchange, api().audio().deleteVoice(voiceId(exchange, operation)));
            case sample -> api().audio().sample(voiceId(exchange, operation)).thenAccept(answer -> {
                Message message = exchange.getMessage();
                message.setBody(answer.body());
                if (answer.contentType() != null) {
                    message.setHeader(Exchange.CONTENT_TYPE, answer.contentType());
                }
                writeRequestId(message, answer.requestId());
            });
        };
    }

    private String voiceId(Exchange exchange, Operation operation) {
        return requiredId(exchange, MistralConstants.VOICE_ID, config().getVoice(), "voice", operation.name(),
                Voice.class, Voice::id);
    }
}
