package io.github.camelmistral.api.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

/**
 * The audio of a speech answer ({@code {"audio_data": "<base64>"}}) decoded while the answer arrives, so that a long
 * recording is never held in memory: the JSON is scanned up to the {@code audio_data} member of its top-level object,
 * whose string is then decoded as it is read. Other members are skipped without being kept.
 */
final class SpeechAudio {

    private static final String FIELD = "audio_data";

    private SpeechAudio() {
    }

    /**
     * The decoded audio of {@code json}; closing it closes the answer. Nothing is read before the first read, so the
     * thread that completes the call never waits for the answer's bytes: the reader does.
     */
    static InputStream of(InputStream json) {
        return new Deferred(json);
    }

    private static InputStream audioOf(InputStream json) throws IOException {
        InputStream in = new BufferedInputStream(json, 64 * 1024);
        int depth = 0;
        boolean expectKey = false;
        for (int c = in.read(); c >= 0; c = in.read()) {
            switch (c) {
                case '{' -> {
                    depth++;
                    expectKey = depth == 1;
                }
                case '[' -> {
                    depth++;
                    expectKey = false;
                }
                case '}', ']' -> depth--;
                case ',' -> expectKey = depth == 1;
                case '"' -> {
                    String key = readString(in, expectKey);
                    if (expectKey) {
                        expectKey = false;
                        if (nextNonBlank(in) != ':') {
                            throw malformed("a ':' after \"" + key + "\"");
                        }
                        if (FIELD.equals(key)) {
                            return valueOf(in, json);
                        }
                    }
                }
                default -> {
                    // numbers, literals, blanks: nothing to track
                }
            }
        }
        json.close();
        throw malformed("an audio_data member");
    }

    private static InputStream valueOf(InputStream in, InputStream json) throws IOException {
        int start = nextNonBlank(in);
        if (start == 'n') {
            json.close();
            return new ByteArrayInputStream(new byte[0]);
        }
        if (start != '"') {
            throw malformed("audio_data as a base64 string");
        }
        // the MIME decoder skips line breaks, which some encoders add
        return Base64.getMimeDecoder().wrap(new StringContent(in));
    }

    /** Reads the rest of a JSON string; kept only when asked (a key), skipped otherwise (a value of any length). */
    private static String readString(InputStream in, boolean keep) throws IOException {
        StringBuilder text = keep ? new StringBuilder() : null;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '"') {
                return keep ? text.toString() : null;
            }
            if (c == '\\') {
                c = in.read();
            }
            if (keep) {
                text.append((char) c);
            }
        }
        throw malformed("the end of a string");
    }

    private static int nextNonBlank(InputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            c = in.read();
        }
        return c;
    }

    private static IOException malformed(String expected) {
        return new IOException("The speech answer is not the JSON the API documents: expected " + expected);
    }

    /** Finds the audio in the answer at the first read. */
    private static final class Deferred extends InputStream {

        private final InputStream json;
        private InputStream audio;

        Deferred(InputStream json) {
            this.json = json;
        }

        private InputStream audio() throws IOException {
            if (audio == null) {
                audio = audioOf(json);
            }
            return audio;
        }

        @Override
        public int read() throws IOException {
            return audio().read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return audio().read(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            if (audio != null) {
                audio.close();
            } else {
                json.close();
            }
        }
    }

    /** The characters of the string being read, up to its closing quote, JSON escapes undone. */
    private static final class StringContent extends InputStream {

        private final InputStream in;
        private boolean ended;

        StringContent(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            while (!ended) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("The speech answer ended inside its audio_data (the connection broke off?)");
                }
                if (c == '"') {
                    ended = true;
                    return -1;
                }
                if (c != '\\') {
                    return c;
                }
                int escaped = in.read();
                if (escaped == '/') {
                    return '/';
                }
                if (escaped == 'u') {
                    in.skipNBytes(4);
                }
                // \n, \r, \t and the like are no base64: dropped
            }
            return -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n = 0;
            while (n < length) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) c;
                if (in.available() == 0) {
                    // hand over what is there rather than wait for a full buffer
                    break;
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
