package io.github.camelmistral.api.stream;

/**
 * One server-sent event: its {@code event:} name (null when the stream names none, as chat completions do) and its
 * {@code data:} lines joined by newlines.
 */
public record SseEvent(String event, String data) {

    /** The end marker of the OpenAI-style streams (chat, FIM, agents). */
    public boolean isDone() {
        return "[DONE]".equals(data);
    }
}
