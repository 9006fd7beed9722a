package io.github.camelmistral.simulator.http;

/** One server-sent event; chat streams use data-only events, transcription streams name theirs. */
public record SseEvent(String event, String data) {

    public static SseEvent data(String data) {
        return new SseEvent(null, data);
    }

    public String wireFormat() {
        return (event == null ? "" : "event: " + event + "\n") + "data: " + data + "\n\n";
    }
}
