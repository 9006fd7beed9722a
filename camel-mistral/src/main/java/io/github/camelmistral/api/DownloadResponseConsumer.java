package io.github.camelmistral.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.support.classic.SharedInputBuffer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Hands a 2xx body over as an {@link InputStream} as soon as the headers arrive, and streams the rest with
 * back-pressure: the I/O reactor fills a small {@link SharedInputBuffer} and only reads more from the socket when the
 * reader has drained it. A non-2xx answer is read (up to {@value #MAX_ERROR_BODY} bytes) and reported as a
 * {@link MistralApiException}.
 */
final class DownloadResponseConsumer implements AsyncResponseConsumer<MistralResponse<InputStream>> {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final ApiCall call;
    private final SharedInputBuffer buffer = new SharedInputBuffer(BUFFER_SIZE);
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile CapacityChannel capacityChannel;
    private volatile boolean streamEnded;
    private volatile boolean readerClosed;

    // set when the answer is an error: its body is collected, then the call fails
    private ByteArrayOutputStream errorBody;
    private HttpResponse errorResponse;
    private FutureCallback<MistralResponse<InputStream>> errorCallback;

    DownloadResponseConsumer(ApiCall call) {
        this.call = call;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
                                FutureCallback<MistralResponse<InputStream>> resultCallback) {
        int status = response.getCode();
        if (status >= 200 && status < 300) {
            if (entityDetails == null) {
                streamEnded = true;
                buffer.markEndStream();
            }
            resultCallback.completed(new MistralResponse<>(call, response, new DownloadStream()));
            return;
        }
        errorResponse = response;
        errorCallback = resultCallback;
        errorBody = new ByteArrayOutputStream();
        if (entityDetails == null) {
            failWithApiError();
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx: nothing to do
    }

    @Override
    public void updateCapacity(CapacityChannel channel) throws IOException {
        if (errorBody != null) {
            channel.update(Integer.MAX_VALUE);
            return;
        }
        capacityChannel = channel;
        if (readerClosed) {
            // the reader closed while the window was running out, so close() found no channel to wake: read on, so
            // that the next consume() sees the closed reader and ends the exchange instead of stalling it
            channel.update(1);
            return;
        }
        buffer.updateCapacity(channel);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        if (errorBody != null) {
            // keep the start of an error body (it carries the message); skip the rest
            byte[] kept = new byte[Math.min(src.remaining(), MAX_ERROR_BODY - errorBody.size())];
            src.get(kept);
            errorBody.writeBytes(kept);
            src.position(src.limit());
            return;
        }
        if (readerClosed) {
            // failing the exchange closes the connection instead of reading a body nobody wants
            throw new IOException("download of " + call.path() + " closed by the reader before its end");
        }
        buffer.fill(src);
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        streamEnded = true;
        if (errorBody != null) {
            failWithApiError();
        } else {
            buffer.markEndStream();
        }
    }

    private void failWithApiError() {
        String body = errorBody.toString(StandardCharsets.UTF_8);
        errorCallback.failed(MistralApiException.of(call, errorResponse, body));
    }

    @Override
    public void failed(Exception cause) {
        failure.compareAndSet(null, cause);
        streamEnded = true;
        buffer.abort();
    }

    @Override
    public void releaseResources() {
        // the buffered tail of the body stays readable after the exchange completed
    }

    /** The body as the reader sees it: blocks while the buffer is empty, and reports a cut-off body as an error. */
    private final class DownloadStream extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (readerClosed) {
                // an empty result here would silently lose the file: say why there is nothing to read
                throw new IOException("The download of " + call.path() + " was closed before it was read: a "
                                      + "download body is closed when its exchange completes, so read it (or convert "
                                      + "it, e.g. to byte[] or a file) within the route");
            }
            if (len == 0) {
                return 0;
            }
            try {
                int n = buffer.read(b, off, len);
                return n < 0 ? endOfStream() : n;
            } catch (InterruptedIOException aborted) {
                // the buffer was aborted by a failure or by close(): say which, rather than "Operation aborted"
                if (readerClosed || failure.get() != null) {
                    return endOfStream();
                }
                throw aborted;
            }
        }

        @Override
        public int available() {
            return buffer.length();
        }

        private int endOfStream() throws IOException {
            Exception cause = failure.get();
            if (cause != null && !readerClosed) {
                throw new IOException("The download of " + call.path() + " was cut off: " + cause.getMessage(), cause);
            }
            return -1;
        }

        /** Closing early stops the transfer (and drops the connection) rather than reading the rest. */
        @Override
        public void close() {
            if (readerClosed) {
                return;
            }
            readerClosed = true;
            buffer.abort();
            CapacityChannel channel = capacityChannel;
            if (!streamEnded && channel != null) {
                try {
                    // wake the reactor so that its next consume() call sees readerClosed and fails the exchange
                    channel.update(1);
                } catch (IOException e) {
                    // the connection is already gone: nothing left to stop
                }
            }
        }
    }
}
