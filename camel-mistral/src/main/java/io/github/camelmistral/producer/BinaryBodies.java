package io.github.camelmistral.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

/**
 * Reads binary bodies (images, documents, audio) with a size limit that is checked before the bytes are loaded, so a
 * body over the API's limit fails fast with a message naming the limit instead of filling the heap.
 */
final class BinaryBodies {

    static final String EXPECTED = "byte[], InputStream, File, Path or a Camel GenericFile";

    private BinaryBodies() {
    }

    static byte[] read(String action, String what, Object body, long maxBytes, Exchange exchange) throws IOException {
        if (body instanceof WrappedFile<?> wrapped) {
            Object file = wrapped.getFile();
            if (file instanceof File || file instanceof Path) {
                return read(action, what, file, maxBytes, exchange);
            }
            // a remote file (FTP, ...): its content is the wrapped body
            InputStream in = exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, body);
            if (in != null) {
                try (in) {
                    return readBounded(action, what, in, maxBytes);
                }
            }
        }
        if (body instanceof byte[] bytes) {
            checkSize(action, what, bytes.length, maxBytes);
            return bytes;
        }
        if (body instanceof File file) {
            return read(action, what, file.toPath(), maxBytes, exchange);
        }
        if (body instanceof Path path) {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(action + " cannot read the " + what + " file " + path + ": no such file");
            }
            checkSize(action, what, Files.size(path), maxBytes);
            return Files.readAllBytes(path);
        }
        if (body instanceof InputStream in) {
            return readBounded(action, what, in, maxBytes);
        }
        throw new IllegalArgumentException(action + " expects the " + what + " as the body: " + EXPECTED
                                           + ", or an http(s): or data: URL string, but got "
                                           + (body == null ? "no body" : body.getClass().getName()));
    }

    private static byte[] readBounded(String action, String what, InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        checkSize(action, what, bytes.length > maxBytes ? -1 : bytes.length, maxBytes);
        return bytes;
    }

    /** Checks the size a base64 data URL decodes to against the limit, without decoding it. */
    static void checkDataUrlSize(String action, String what, String dataUrl, long maxBytes) {
        int comma = dataUrl.indexOf(',');
        checkSize(action, what, (dataUrl.length() - comma - 1) * 3L / 4, maxBytes);
    }

    private static void checkSize(String action, String what, long size, long maxBytes) {
        if (size < 0 || size > maxBytes) {
            throw new IllegalArgumentException(action + ": the " + what + " is "
                                               + (size < 0 ? "larger than " + megabytes(maxBytes) : megabytes(size))
                                               + ", over the API's limit of " + megabytes(maxBytes) + " per " + what);
        }
        if (size == 0) {
            throw new IllegalArgumentException(action + ": the " + what + " is empty");
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, bytes % (1024 * 1024) == 0 ? "%.0f MB" : "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
