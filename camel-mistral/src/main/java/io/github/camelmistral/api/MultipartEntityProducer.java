package io.github.camelmistral.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.support.classic.SharedOutputBuffer;

/**
 * Sends a {@link Multipart} body without holding it in memory.
 * <p>
 * Reading the file part may block (a disk, a socket, a pipe), so it never happens on an I/O reactor thread: a worker
 * of {@code executor} copies the body into a small {@link SharedOutputBuffer} that the reactor drains as the
 * connection accepts bytes. While the buffer is full the worker waits, so memory use does not depend on the file size.
 * A source that fails, or ends at another length than declared, fails the request with {@link #sourceFailure()}.
 */
final class MultipartEntityProducer implements AsyncEntityProducer {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Multipart multipart;
    private final Executor executor;
    private final SharedOutputBuffer buffer = new SharedOutputBuffer(BUFFER_SIZE);
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<IOException> sourceFailure = new AtomicReference<>();
    private volatile DataStreamChannel channel;
    private volatile boolean released;

    MultipartEntityProducer(Multipart multipart, Executor executor) {
        this.multipart = multipart;
        this.executor = executor;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        this.channel = channel;
        throwIfSourceFailed();
        if (started.compareAndSet(false, true)) {
            try {
                executor.execute(this::copyBody);
            } catch (RejectedExecutionException e) {
                throw new IOException("no thread available to stream the upload body (the component is stopping?)", e);
            }
        }
        buffer.flush(channel);
    }

    /** Runs on the worker: fields, each file part's head and content, tail, then end of stream. */
    private void copyBody() {
        try {
            write(multipart.head());
            for (int i = 0; i < multipart.files().size(); i++) {
                write(multipart.fileHead(i));
                copy(multipart.files().get(i));
            }
            write(multipart.tail());
            buffer.writeCompleted();
        } catch (IOException | RuntimeException e) {
            if (!released) {
                // the request is still being sent: fail it instead of leaving the server waiting for the rest
                sourceFailure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
                buffer.abort();
                channel.requestOutput();
            }
        }
    }

    private void copy(Multipart.FilePart file) throws IOException {
        long declared = file.content().length();
        long copied = 0;
        byte[] chunk = new byte[BUFFER_SIZE];
        try (InputStream in = file.content().open()) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                buffer.write(chunk, 0, n);
                copied += n;
            }
        }
        if (declared >= 0 && copied != declared) {
            throw new IOException("the content of '" + file.fileName() + "' was " + copied + " bytes, not the "
                                  + declared + " announced when the upload started (did the file change?)");
        }
    }

    private void write(byte[] bytes) throws IOException {
        buffer.write(bytes, 0, bytes.length);
    }

    private void throwIfSourceFailed() throws IOException {
        IOException failure = sourceFailure.get();
        if (failure != null) {
            throw failure;
        }
    }

    /** Why the body could not be read, if that is what ended the request; null otherwise. */
    IOException sourceFailure() {
        return sourceFailure.get();
    }

    @Override
    public int available() {
        return buffer.length();
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public long getContentLength() {
        return multipart.contentLength();
    }

    @Override
    public String getContentType() {
        return multipart.contentType();
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return multipart.contentLength() < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return null;
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    /** Called when the exchange ends, also early (an error answer before the whole body was sent): frees the worker. */
    @Override
    public void releaseResources() {
        released = true;
        buffer.abort();
    }
}
