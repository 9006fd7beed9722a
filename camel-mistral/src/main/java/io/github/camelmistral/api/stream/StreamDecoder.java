package io.github.camelmistral.api.stream;

import io.github.camelmistral.api.MistralApiException;

/** Turns the events of one API's stream into text deltas and the final result. */
public interface StreamDecoder {

    /**
     * Reads one event: the text it adds (null or empty when none), after recording what else it carries.
     *
     * @throws MistralApiException the event reports an error of the API
     */
    String decode(SseEvent event) throws MistralApiException;

    /** Whether the stream is over after the last decoded event (e.g. {@code [DONE]}, a done event). */
    boolean isDone();

    /** The result so far, the whole text given. */
    StreamResult result(String text);
}
