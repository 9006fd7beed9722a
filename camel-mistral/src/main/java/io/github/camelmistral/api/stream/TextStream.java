package io.github.camelmistral.api.stream;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
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
 * <p>
 * A stream can be made of several rounds (a streamed tool loop, {@link #continueWith}): when the events of one round
 * end, the {@link Continuation} is asked for the next round's stream, and the deltas go on from there.
 */
public final class TextStream implements Iterator<String>, Iterable<String>, AutoCloseable {

    private volatile SseReader reader;
    private StreamDecoder decoder;
    private volatile Continuation continuation;
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
     * What comes after the events of a round end, in a stream of several rounds. Both methods run on the thread that
     * reads the stream, which waits for the next round as it waits for the next delta.
     */
    public interface Continuation {

        /**
         * The stream of the next round, whose deltas this stream goes on with; null when the round that ended was the
         * last.
         *
         * @param round what the round that ended came to (its text is the whole text so far)
         */
        TextStream next(StreamResult round) throws Exception;

        /** The result of the whole stream, given that of its last round. */
        StreamResult result(StreamResult last);
    }

    /** Makes this stream go on with further rounds when its events end; set before reading starts. */
    public void continueWith(Continuation continuation) {
        this.continuation = continuation;
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
        if (!ended && continuation != null && nextRound()) {
            return;
        }
        if (!ended) {
            ended = true;
            result = continuation == null ? decoder.result(text.toString())
                    : continuation.result(decoder.result(text.toString()));
            closeQuietly();
            for (Consumer<StreamResult> listener : onEnd) {
                if (onEnd.remove(listener)) {
                    listener.accept(result);
                }
            }
        }
    }

    /** Switches to the next round's events; false when there is none. */
    private boolean nextRound() {
        TextStream next;
        try {
            next = continuation.next(decoder.result(text.toString()));
        } catch (Exception e) {
            ended = true;
            closeQuietly();
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw cause instanceof MistralException mistral ? new StreamFailedException(mistral)
                    : new StreamFailedException(cause);
        }
        if (next == null) {
            return false;
        }
        closeQuietly();
        decoder = next.decoder;
        reader = next.reader;
        if (ended) {
            // closed while the next round was on its way
            closeQuietly();
        }
        return true;
    }

    /** The whole text and what came with it, once the stream has ended; null before. */
    public StreamResult result() {
        return result;
    }

    /** What reads the events of the current round: for a chat stream, the decoder that assembles its message. */
    public StreamDecoder decoder() {
        return decoder;
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

        /** A failure between two rounds, such as a tool that fails with {@code toolErrorStrategy=fail}. */
        StreamFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
