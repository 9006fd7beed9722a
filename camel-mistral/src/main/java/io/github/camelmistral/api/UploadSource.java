package io.github.camelmistral.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The content of a multipart file part. It is opened only when the request is being sent and read in small chunks, so
 * a file of hundreds of megabytes never sits in memory.
 */
public final class UploadSource {

    /** Opens the content; called once, on the thread that streams the upload. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** The length of a source whose size is not known up front (the request is then sent chunked). */
    public static final long UNKNOWN_LENGTH = -1;

    private final long length;
    private final Opener opener;
    private final boolean replayable;

    private UploadSource(long length, Opener opener, boolean replayable) {
        this.length = length;
        this.opener = opener;
        this.replayable = replayable;
    }

    /** A file on disk; its size is read now, its content while sending. */
    public static UploadSource of(Path path) throws IOException {
        return new UploadSource(Files.size(path), () -> Files.newInputStream(path), true);
    }

    public static UploadSource of(byte[] bytes) {
        return new UploadSource(bytes.length, () -> new ByteArrayInputStream(bytes), true);
    }

    /**
     * Content that {@code opener} can open as often as needed (e.g. a Camel stream cache, which copies itself), so a
     * retry can send it again.
     */
    public static UploadSource replayable(long length, Opener opener) {
        return new UploadSource(length, opener, true);
    }

    /**
     * A stream read once while sending and closed afterwards.
     *
     * @param length its length in bytes, or {@link #UNKNOWN_LENGTH}; a stream that ends at another length fails the
     *               upload rather than sending a body that does not match its {@code Content-Length}
     */
    public static UploadSource of(InputStream in, long length) {
        AtomicBoolean opened = new AtomicBoolean();
        return new UploadSource(length, () -> {
            if (!opened.compareAndSet(false, true)) {
                throw new IOException("the upload stream was already read; a stream body can be sent once only");
            }
            return in;
        }, false);
    }

    /** The length in bytes, or {@link #UNKNOWN_LENGTH}. */
    public long length() {
        return length;
    }

    /** Whether the content can be read again for a retry (a file or bytes), or only once (a stream). */
    public boolean isReplayable() {
        return replayable;
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
