package io.github.camelmistral.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.camelmistral.api.stream.TextStream;
import org.apache.camel.Converter;

/**
 * Type converters of streamed replies: {@code convertBodyTo(String.class)} waits for the whole text;
 * {@code convertBodyTo(InputStream.class)} gives the UTF-8 bytes of the text as the deltas arrive (e.g. for an HTTP
 * response written while the reply is generated).
 */
@Converter(generateLoader = true)
public final class TextStreamConverters {

    private TextStreamConverters() {
    }

    @Converter
    public static String toString(TextStream stream) {
        return stream.drain();
    }

    @Converter
    public static InputStream toInputStream(TextStream stream) {
        return new DeltaInputStream(stream);
    }

    /** The bytes of the deltas, one delta at a time: nothing is read from the network before it is asked for. */
    private static final class DeltaInputStream extends InputStream {
        private final TextStream stream;
        private byte[] current = new byte[0];
        private int position;

        DeltaInputStream(TextStream stream) {
            this.stream = stream;
        }

        private boolean fill() {
            while (position >= current.length) {
                if (!stream.hasNext()) {
                    return false;
                }
                current = stream.next().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - position;
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
