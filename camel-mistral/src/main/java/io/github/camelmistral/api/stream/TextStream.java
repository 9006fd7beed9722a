package io.github.camelmistral.api.stream;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.MistralException;
import org.apache.camel.RuntimeCamelException;

/**
 * The text deltas of a streamed completion, in arrival order: an {@link Iterator}, also {@link Iterable} (once) and
 * {@link AutoCloseable}. The bytes come with back-pressure from the connection: a slow reader makes the network wait,
 * not memory grow. Closing before the end cancels the call.
 * <p>
 * {@link #hasNext()} blocks the reading thread until the next delta (or the end) arrives. An error the API reports in
 * the stream is thrown as {@link MistralApiException}, a stream that stalls longer than {@code streamIdleTimeout} or
 * breaks off as {@link MistralConnectionException}, both wrapped in a {@link StreamFailedException} since an iterator
 * cannot throw checked exceptions. {@link #result()} holds the whole text, finish reason, usage, model and id once
 * the stream has ended.
 */
public final class TextStream implements Iterator<String>, Iterable<String>, AutoCloseable {

    private final SseReader reader;
    private final StreamDecoder decoder;
    private final String call;
    private final Duration idleTimeout;
    private final List<Consumer<StreamResult>> onEnd = new CopyOnWriteArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private String next;
    private volatile boolean ended;
    private volatile StreamResult result;

    /** @param call the call, for error messages (e.g. {@code POST /v1/chat/completions}) */
    public TextStream(InputStream body, StreamDecoder decoder, String call, Duration idleTimeout) {
        this.reader = new SseReader(body);
        this.decoder = decoder;
        this.call = call;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Tells {@code listener} the result once the stream has been read to its end (at once if it has been already);
     * not told when the stream fails or is closed before its end.
     */
    public void whenEnded(Consumer<StreamResult> listener) {
        onEnd.add(listener);
        StreamResult done = result;
        if (done != null && onEnd.remove(listener)) {
            listener.accept(done);
        }
    }

    @Override
    public synchronized boolean hasNext() {
        while (next == null && !ended) {
            readEvent();
        }
        return next != null;
    }

    @Override
    public synchronized String next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the stream of " + call + " has ended");
        }
        String delta = next;
        next = null;
        return delta;
    }

    private void readEvent() {
        SseEvent event;
        try {
            event = reader.next();
        } catch (IOException e) {
            ended = true;
            closeQuietly();
            String why = e instanceof SocketTimeoutException || e.getCause() instanceof SocketTimeoutException
                    ? "stalled for longer than streamIdleTimeout=" + idleTimeout.toMillis() + " ms"
                    : "broke off: " + e.getMessage();
            throw new StreamFailedException(new MistralConnectionException("The stream of " + call + " " + why, e));
        }
        if (event == null || event.isDone()) {
            finish();
            return;
        }
        String delta;
        try {
            delta = decoder.decode(event);
        } catch (MistralApiException e) {
            ended = true;
            closeQuietly();
            throw new StreamFailedException(e);
        }
        if (delta != null && !delta.isEmpty()) {
            text.append(delta);
            next = delta;
        }
        if (decoder.isDone()) {
            finish();
        }
    }

    private void finish() {
        if (!ended) {
            ended = true;
            result = decoder.result(text.toString());
            closeQuietly();
            for (Consumer<StreamResult> listener : onEnd) {
                if (onEnd.remove(listener)) {
                    listener.accept(result);
                }
            }
        }
    }

    /** The whole text and what came with it, once the stream has ended; null before. */
    public StreamResult result() {
        return result;
    }

    /** Whether the stream has been read to its end (or failed, or was closed). */
    public boolean isEnded() {
        return ended;
    }

    /** Reads the rest of the stream and returns the whole text. */
    public synchronized String drain() {
        while (hasNext()) {
            next();
        }
        return text.toString();
    }

    @Override
    public Iterator<String> iterator() {
        return this;
    }

    /** Stops reading: a stream not read to its end cancels its call. */
    @Override
    public void close() {
        ended = true;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }

    @Override
    public String toString() {
        return "TextStream[" + call + (ended ? ", ended" : "") + "]";
    }

    /**
     * A failure of the stream, thrown from the iterator; its cause, the {@link MistralApiException} or
     * {@link MistralConnectionException}, is what {@code onException} matches.
     */
    public static final class StreamFailedException extends RuntimeCamelException {
        StreamFailedException(MistralException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
