package io.github.camelmistral.api.stream;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code text/event-stream} as the WHATWG format defines it: {@code data:} lines (several are joined with
 * newlines), {@code event:} names, comment lines starting with {@code :}, and a blank line ending each event. Other
 * fields ({@code id:}, {@code retry:}) are ignored. Reading blocks only the thread that asks for the next event.
 */
final class SseReader implements Closeable {

    private final BufferedReader lines;

    SseReader(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next event, or null at the end of the stream. */
    SseEvent next() throws IOException {
        String event = null;
        StringBuilder data = null;
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new SseEvent(event, data.toString());
                }
                event = null; // an event without data is dropped
                continue;
            }
            if (line.charAt(0) == ':') {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            } else if (field.equals("event")) {
                event = value;
            }
        }
        return data == null ? null : new SseEvent(event, data.toString());
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
