package io.github.camelmistral.api.stream;

/**
 * Passes each event's {@code data:} on as it came (for {@code mistral:apiRequest}, which knows no event schema): one
 * element per event, the OpenAI-style {@code [DONE]} marker ending the stream.
 */
public final class EventDataDecoder implements StreamDecoder {

    @Override
    public String decode(SseEvent event) {
        return event.data();
    }

    @Override
    public boolean isDone() {
        return false;
    }

    @Override
    public StreamResult result(String text) {
        return new StreamResult(text, null, null, null, null);
    }
}
