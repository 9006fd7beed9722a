package io.github.camelmistral.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads an untyped answer whole or hands it over as a stream:
 * <ul>
 * <li>JSON and text are read whole (by a {@link SimpleResponseConsumer});</li>
 * <li>an event stream, when asked for, and a binary body announced longer than {@code bufferLimit} bytes go to a
 * {@link DownloadResponseConsumer} at once (back-pressured, never held in memory);</li>
 * <li>any other binary body is collected up to {@code bufferLimit} bytes: one that ends within them is answered
 * whole, one that goes on (a chunked body of unknown length) switches to a stream that starts with what was
 * collected. The connection is only read as far as the limit until then, so memory stays bounded by it.</li>
 * </ul>
 * An error answer goes to the download consumer, which fails the call with its {@link MistralApiException}.
 */
final class AdaptiveResponseConsumer implements AsyncResponseConsumer<RawResponse> {

    private final ApiCall call;
    private final long bufferLimit;
    private final boolean streamEvents;
    private final boolean jsonByLength;
    private AsyncResponseConsumer<?> delegate;

    // while a binary body of unknown size is being collected (delegate null)
    private HttpResponse response;
    private HttpContext context;
    private EntityDetails entity;
    private FutureCallback<RawResponse> callback;
    private String contentType;
    private ByteArrayOutputStream collected;
    private CapacityChannel channel;

    /**
     * @param bufferLimit  the longest binary body answered whole, in bytes
     * @param streamEvents whether a {@code text/event-stream} answer is streamed (else read whole, as text)
     * @param jsonByLength whether a JSON answer is treated like a binary one (streamed beyond {@code bufferLimit}),
     *                     for JSON that wraps a large payload (speech: base64 audio)
     */
    AdaptiveResponseConsumer(ApiCall call, long bufferLimit, boolean streamEvents, boolean jsonByLength) {
        this.call = call;
        this.bufferLimit = bufferLimit;
        this.streamEvents = streamEvents;
        this.jsonByLength = jsonByLength;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                FutureCallback<RawResponse> callback) throws HttpException, IOException {
        Header header = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        String type = header != null ? header.getValue() : entity != null ? entity.getContentType() : null;
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        int status = response.getCode();
        boolean textual = lower.isEmpty() || (lower.contains("json") && !jsonByLength) || lower.startsWith("text/")
                          || lower.contains("xml");
        boolean events = lower.startsWith("text/event-stream");
        if (status < 200 || status >= 300 || (events && streamEvents)
            || (entity != null && !textual && (bufferLimit == 0 || entity.getContentLength() > bufferLimit))) {
            stream(response, entity, context, callback, type, null);
        } else if (entity != null && !textual && entity.getContentLength() < 0) {
            this.response = response;
            this.entity = entity;
            this.context = context;
            this.callback = callback;
            this.contentType = type;
            this.collected = new ByteArrayOutputStream();
        } else {
            AsyncResponseConsumer<SimpleHttpResponse> whole = SimpleResponseConsumer.create();
            delegate = whole;
            whole.consumeResponse(response, entity, context, new Mapped<>(callback, answer -> new RawResponse(
                    answer.getCode(), type, answer.getBodyBytes(), ResponseHeaders.requestId(answer), null,
                    ResponseHeaders.rateLimits(answer))));
        }
    }

    /** Hands the body over as a stream, starting with {@code start} when some of it was collected already. */
    private void stream(HttpResponse response, EntityDetails entity, HttpContext context,
                        FutureCallback<RawResponse> callback, String type, byte[] start) throws HttpException, IOException {
        DownloadResponseConsumer download = new DownloadResponseConsumer(call);
        delegate = download;
        download.consumeResponse(response, entity, context, new Mapped<>(callback, answer -> new RawResponse(
                answer.statusCode(), type, null, answer.requestId(), answer.body(), answer.rateLimits())));
        if (start != null) {
            if (channel != null) {
                download.updateCapacity(channel);
            }
            download.consume(ByteBuffer.wrap(start));
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx: nothing to do
    }

    @Override
    public void updateCapacity(CapacityChannel channel) throws IOException {
        if (delegate != null) {
            delegate.updateCapacity(channel);
            return;
        }
        this.channel = channel;
        // read one byte past the limit at most: enough to know the body is longer
        long wanted = bufferLimit + 1 - collected.size();
        channel.update((int) Math.max(1, Math.min(Integer.MAX_VALUE, wanted)));
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        if (delegate != null) {
            delegate.consume(src);
            return;
        }
        byte[] bytes = new byte[src.remaining()];
        src.get(bytes);
        collected.writeBytes(bytes);
        if (collected.size() > bufferLimit) {
            byte[] start = collected.toByteArray();
            collected = null;
            try {
                stream(response, entity, context, callback, contentType, start);
            } catch (HttpException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) throws HttpException, IOException {
        if (delegate != null) {
            delegate.streamEnd(trailers);
            return;
        }
        callback.completed(new RawResponse(response.getCode(), contentType, collected.toByteArray(),
                ResponseHeaders.requestId(response), null, ResponseHeaders.rateLimits(response)));
    }

    @Override
    public void failed(Exception cause) {
        if (delegate != null) {
            delegate.failed(cause);
        } else if (callback != null) {
            callback.failed(cause);
        }
    }

    @Override
    public void releaseResources() {
        if (delegate != null) {
            delegate.releaseResources();
        }
    }

    /** Hands the delegate's result on as a {@link RawResponse}. */
    private record Mapped<T>(FutureCallback<RawResponse> target, Function<T, RawResponse> mapping)
            implements FutureCallback<T> {

        @Override
        public void completed(T result) {
            target.completed(mapping.apply(result));
        }

        @Override
        public void failed(Exception cause) {
            target.failed(cause);
        }

        @Override
        public void cancelled() {
            target.cancelled();
        }
    }
}
