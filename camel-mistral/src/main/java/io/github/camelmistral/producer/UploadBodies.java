package io.github.camelmistral.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.UploadSource;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;
import org.apache.camel.util.FileUtil;

/**
 * Turns a binary body into the file part of a multipart upload without reading it: files are streamed from disk, a
 * stream is read while it is sent. What is wrong with the body (no such file, an empty file, over the API's limit) is
 * reported before any request.
 */
final class UploadBodies {

    private UploadBodies() {
    }

    /** Whether the body is one of the binary types an upload streams. */
    static boolean isBinary(Object body) {
        return body instanceof byte[] || body instanceof InputStream || body instanceof File || body instanceof Path
               || body instanceof WrappedFile<?>;
    }

    /**
     * The body as an upload source.
     *
     * @param what     what the body is, for messages ("file", "audio")
     * @param maxBytes the API's size limit, checked when the size is known up front
     */
    static UploadSource source(String action, String what, Object body, long maxBytes, Exchange exchange)
            throws IOException {
        if (body instanceof WrappedFile<?> wrapped) {
            Object file = wrapped.getFile();
            if (file instanceof File || file instanceof Path) {
                return source(action, what, file, maxBytes, exchange);
            }
            // a remote file (FTP, ...): its content is the wrapped body
            InputStream in = exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, body);
            if (in != null) {
                return UploadSource.of(in, UploadSource.UNKNOWN_LENGTH);
            }
        }
        if (body instanceof File file) {
            return source(action, what, file.toPath(), maxBytes, exchange);
        }
        if (body instanceof Path path) {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(action + " cannot read " + path + ": no such file");
            }
            return checked(action, what, UploadSource.of(path), maxBytes);
        }
        if (body instanceof byte[] bytes) {
            return checked(action, what, UploadSource.of(bytes), maxBytes);
        }
        if (body instanceof StreamCache cache && body instanceof InputStream) {
            // stream caching on: each attempt reads its own copy, so a retry can send the content again; the length
            // stays unknown (sent chunked) as for any stream, since the route may have read part of it already
            return UploadSource.replayable(UploadSource.UNKNOWN_LENGTH, () -> (InputStream) cache.copy(exchange));
        }
        if (body instanceof InputStream in) {
            return UploadSource.of(in, UploadSource.UNKNOWN_LENGTH);
        }
        throw new IllegalArgumentException(action + " expects the " + what + " as the body: " + BinaryBodies.EXPECTED
                                           + ", but got " + (body == null ? "no body" : body.getClass().getName()));
    }

    private static UploadSource checked(String action, String what, UploadSource source, long maxBytes) {
        if (source.length() == 0) {
            throw new IllegalArgumentException(action + ": the " + what + " is empty");
        }
        if (source.length() > maxBytes) {
            throw new IllegalArgumentException(action + ": the " + what + " is " + BinaryBodies.megabytes(source.length())
                                               + ", over the API's limit of " + BinaryBodies.megabytes(maxBytes) + " per "
                                               + what);
        }
        return source;
    }

    /**
     * The name the uploaded file gets: the {@code CamelMistralFileName} header, the {@code fileName} option, Camel's
     * {@code CamelFileName} header (without its directories), or the name of a {@code File}/{@code Path} body; null
     * when none is known.
     */
    static String fileName(Exchange exchange, String configured) {
        String name = exchange.getMessage().getHeader(MistralConstants.FILE_NAME, String.class);
        if (isBlank(name)) {
            name = configured;
        }
        if (isBlank(name)) {
            name = FileUtil.stripPath(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class));
        }
        if (isBlank(name)) {
            name = ownName(exchange.getMessage().getBody());
        }
        return isBlank(name) ? null : name.strip();
    }

    /** The name of a {@code File}, {@code Path} or Camel {@code GenericFile}; null for any other content. */
    static String ownName(Object content) {
        Object file = content instanceof WrappedFile<?> wrapped ? wrapped.getFile() : content;
        if (file instanceof File f) {
            return f.getName();
        }
        if (file instanceof Path path && path.getFileName() != null) {
            return path.getFileName().toString();
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
