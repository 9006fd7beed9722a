package io.github.camelmistral.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmistral.api.stream.StreamDecoder;
import io.github.camelmistral.api.stream.TextStream;
import org.apache.hc.client5.http.async.methods.ConfigurableHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Mistral API as seen by one endpoint: a base URL, a key and timeouts over the component's shared transport.
 * <p>
 * It knows nothing of Camel exchanges. Every method returns a future that completes off the I/O threads with the
 * parsed body, or exceptionally with {@link MistralApiException} (the API answered with an error or an unreadable
 * body) or {@link MistralConnectionException} (no answer). The key only ever goes into the {@code Authorization}
 * header; it is in no message, log line or {@code toString}.
 */
public final class MistralClient {

    private static final Logger LOG = LoggerFactory.getLogger(MistralClient.class);
    /** Turns taken at once are not reported as waits. */
    private static final long MIN_REPORTED_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final MistralHttpTransport transport;
    private final String baseUrl;
    private final ApiKey apiKey;
    private final RetryPolicy retryPolicy;
    private final Duration requestTimeout;
    private final Map<String, String> additionalHeaders;
    private final RequestConfig requestConfig;
    private final ObjectMapper mapper = MistralJson.mapper();

    /**
     * @param retryPolicy       which failed calls are sent again, and when
     * @param additionalHeaders headers sent with every request (e.g. for a gateway); they cannot replace
     *                          {@code Authorization}
     */
    @SuppressWarnings("deprecation") // per-request connect timeout: the transport's pool is shared by endpoints with different settings
    public MistralClient(MistralHttpTransport transport, String baseUrl, ApiKey apiKey, Duration connectTimeout,
                         Duration requestTimeout, RetryPolicy retryPolicy, Map<String, String> additionalHeaders) {
        this.transport = transport;
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.apiKey = apiKey;
        this.retryPolicy = retryPolicy;
        this.requestTimeout = requestTimeout;
        this.additionalHeaders = checkedHeaders(additionalHeaders);
        this.requestConfig = RequestConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setResponseTimeout(Timeout.of(requestTimeout))
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** POSTs {@code body} as JSON and reads the answer as {@code type}. */
    public <T> CompletableFuture<MistralResponse<T>> post(String path, Object body, Class<T> type) {
        return call(ApiCall.post(path, body), mapper.constructType(type));
    }

    /** GETs {@code path} and reads the answer as {@code type}. */
    public <T> CompletableFuture<MistralResponse<T>> get(String path, Map<String, List<String>> query, Class<T> type) {
        return call(ApiCall.get(path, query), mapper.constructType(type));
    }

    /** Sends any call and reads a JSON answer as {@code type}; an empty 204 reads as {@code null}. */
    public <T> CompletableFuture<MistralResponse<T>> call(ApiCall call, Class<T> type) {
        return call(call, mapper.constructType(type));
    }

    /** Sends any call and reads a JSON answer as {@code type}; an empty 204 reads as {@code null}. */
    public <T> CompletableFuture<MistralResponse<T>> call(ApiCall call, JavaType type) {
        return send(call, response -> read(call, response, type));
    }

    /**
     * Sends a {@code multipart/form-data} body (text fields and a file part streamed from a file or stream, never held
     * in memory) with the call's method, path and query, and reads a JSON answer as {@code type}. The call's JSON body,
     * if any, is ignored. If reading the file part fails, the future fails with that {@link IOException}.
     */
    public <T> CompletableFuture<MistralResponse<T>> upload(ApiCall call, Multipart body, Class<T> type) {
        return withRetries(call, body.isReplayable(), () -> uploadOnce(call, body, type));
    }

    private <T> CompletableFuture<MistralResponse<T>> uploadOnce(ApiCall call, Multipart body, Class<T> type) {
        MultipartEntityProducer entity = new MultipartEntityProducer(body, transport.streamingExecutor());
        return sourceChecked(call, entity, execute(call,
                new BasicRequestProducer(streamingRequest(call, "application/json"), entity), SimpleResponseConsumer.create()))
                .thenApply(response -> read(call, response, mapper.constructType(type)));
    }

    /**
     * The answer of a multipart call, unless its body broke while it was sent: then that is the cause, whether the
     * connection failed first or the API answered the truncated request first.
     */
    private <T> CompletableFuture<T> sourceChecked(ApiCall call, MultipartEntityProducer entity, CompletableFuture<T> sent) {
        return sent.handle((answer, failure) -> {
            IOException unreadable = entity.sourceFailure();
            if (unreadable != null) {
                throw new CompletionException(new IOException("Cannot read the upload body of " + describe(call) + ": "
                                                              + unreadable.getMessage(), unreadable));
            }
            if (failure != null) {
                throw new CompletionException(Futures.unwrap(failure));
            }
            return answer;
        });
    }

    /**
     * Sends a call whose 2xx body is handed over as an {@link InputStream} as soon as the headers are in: the future
     * completes before the body is read, and the rest arrives with back-pressure as the stream is read, so a body of
     * any size takes a small, fixed amount of memory. The reader must close the stream; closing it early stops the
     * transfer. A body cut off by a connection failure makes {@code read} throw an {@link IOException}. A non-2xx answer
     * completes the future exceptionally with {@link MistralApiException}, like the other calls.
     */
    public CompletableFuture<MistralResponse<InputStream>> download(ApiCall call) {
        return download(call, transport.completionExecutor());
    }

    /**
     * {@link #download} for a thread that blocks until the body starts, such as an iterator opening its next file: the
     * call completes on the I/O thread, so the wait needs no thread of the completion pool. Waiting on a future that
     * completes there could wait forever when the waiting thread is itself one of that pool, or all of them wait alike.
     *
     * @throws MistralApiException        the API answered with an error
     * @throws MistralConnectionException no answer came
     */
    public MistralResponse<InputStream> downloadAndWait(ApiCall call)
            throws MistralApiException, MistralConnectionException {
        return waitFor(download(call, Runnable::run));
    }

    private static <T> T waitFor(CompletableFuture<T> call) throws MistralApiException, MistralConnectionException {
        try {
            return call.join();
        } catch (CompletionException e) {
            Throwable cause = Futures.unwrap(e);
            if (cause instanceof MistralApiException api) {
                throw api;
            }
            if (cause instanceof MistralConnectionException connection) {
                throw connection;
            }
            throw e;
        }
    }

    private CompletableFuture<MistralResponse<InputStream>> download(ApiCall call, Executor completionExecutor) {
        ConfigurableHttpRequest request = streamingRequest(call, "*/*");
        // The download completes its future when the headers arrive. With hard cancellation on, HttpClient cancels
        // an exchange whose future is already done when it registers the exchange as the future's dependency, which
        // races with a fast response and cuts the body off. Downloads are stopped by closing the stream instead.
        request.setConfig(RequestConfig.copy(requestConfig).setHardCancellationEnabled(false).build());
        return withRetries(call, true, () -> execute(call, new BasicRequestProducer(request, null),
                new DownloadResponseConsumer(call), completionExecutor));
    }

    /**
     * POSTs a JSON call whose answer is a {@code text/event-stream}, handed over as a {@link TextStream} of text deltas
     * as soon as the headers are in; the rest arrives with back-pressure as the stream is read. A stream idle for
     * longer than {@code idleTimeout} fails. Retries apply until the answer starts, as for every call.
     */
    public CompletableFuture<MistralResponse<TextStream>> stream(ApiCall call, StreamDecoder decoder, Duration idleTimeout) {
        return withJsonBody(call, json -> streamJson(call, json, decoder, idleTimeout, transport.completionExecutor()));
    }

    /**
     * {@link #stream} for a thread that blocks until the answer starts, such as the reader of a streamed tool loop
     * opening its next round: as in {@link #downloadAndWait}, the call completes on the I/O thread, so the wait needs
     * no thread of the completion pool.
     *
     * @throws MistralApiException        the API answered with an error
     * @throws MistralConnectionException no answer came
     */
    public MistralResponse<TextStream> streamAndWait(ApiCall call, StreamDecoder decoder, Duration idleTimeout)
            throws MistralApiException, MistralConnectionException {
        return waitFor(withJsonBody(call, json -> streamJson(call, json, decoder, idleTimeout, Runnable::run)));
    }

    private CompletableFuture<MistralResponse<TextStream>> streamJson(ApiCall call, byte[] json, StreamDecoder decoder,
                                                                      Duration idleTimeout, Executor completionExecutor) {
        return asTextStream(call, decoder, idleTimeout, withRetries(call, true, () -> execute(call,
                new BasicRequestProducer(eventStreamRequest(call, idleTimeout),
                        AsyncEntityProducers.create(json, ContentType.APPLICATION_JSON)),
                new DownloadResponseConsumer(call), completionExecutor)));
    }

    /**
     * {@link #stream} for a {@code multipart/form-data} call (a streamed transcription): the form is sent as
     * {@link #upload} sends it, the answer read as an event stream.
     */
    public CompletableFuture<MistralResponse<TextStream>> uploadStream(ApiCall call, Multipart body, StreamDecoder decoder,
                                                                       Duration idleTimeout) {
        return asTextStream(call, decoder, idleTimeout, withRetries(call, body.isReplayable(), () -> {
            MultipartEntityProducer entity = new MultipartEntityProducer(body, transport.streamingExecutor());
            return sourceChecked(call, entity, execute(call, new BasicRequestProducer(eventStreamRequest(call, idleTimeout),
                    entity), new DownloadResponseConsumer(call), transport.completionExecutor()));
        }));
    }

    /** A request for an event stream: its response timeout is the longest silence between two bytes, the idle timeout. */
    private ConfigurableHttpRequest eventStreamRequest(ApiCall call, Duration idleTimeout) {
        ConfigurableHttpRequest request = streamingRequest(call, "text/event-stream");
        request.setConfig(RequestConfig.copy(requestConfig).setResponseTimeout(Timeout.of(idleTimeout))
                .setHardCancellationEnabled(false).build());
        return request;
    }

    private CompletableFuture<MistralResponse<TextStream>> asTextStream(
            ApiCall call, StreamDecoder decoder, Duration idleTimeout, CompletableFuture<MistralResponse<InputStream>> answered) {
        return answered.thenApply(answer -> new MistralResponse<>(answer.statusCode(),
                new TextStream(answer.body(), decoder, describe(call), idleTimeout), answer.requestId(),
                answer.method(), answer.path(), answer.rateLimits()));
    }

    private ConfigurableHttpRequest streamingRequest(ApiCall call, String accept) {
        ConfigurableHttpRequest request = new ConfigurableHttpRequest(call.method(), URI.create(uri(call)));
        request.setConfig(requestConfig);
        request.addHeader(HttpHeaders.ACCEPT, accept);
        applyHeaders(request);
        return request;
    }

    /** Additional headers first, then the key, so that nothing replaces {@code Authorization}. */
    private void applyHeaders(org.apache.hc.core5.http.HttpRequest request) {
        additionalHeaders.forEach(request::setHeader);
        apiKey.applyTo(request);
    }

    /**
     * Sends a JSON call (the body written once, whatever the retries) and reads its answer with {@code reader}, which
     * throws the {@link MistralApiException} of a non-2xx answer, so that the retries see it.
     */
    private <T> CompletableFuture<T> send(ApiCall call, Function<SimpleHttpResponse, T> reader) {
        return withJsonBody(call, json -> withRetries(call, true, () -> execute(call,
                SimpleRequestProducer.create(toRequest(call, json)), SimpleResponseConsumer.create()).thenApply(reader)));
    }

    /** Writes the call's JSON body once (null when it has none) and sends it with {@code send}. */
    private <T> CompletableFuture<T> withJsonBody(ApiCall call, Function<byte[], CompletableFuture<T>> send) {
        byte[] json;
        try {
            json = jsonBody(call);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("Cannot write the request body of " + describe(call) + " as JSON: "
                                                 + e.getOriginalMessage(), e));
        }
        return send.apply(json);
    }

    /**
     * Sends one call through the component's limits, then again as the retry policy says: each retry is scheduled
     * (no thread waits during a backoff), takes its turn under the limits again, and is logged at DEBUG. The failure
     * that ends the retries says how many attempts were made, and why it was not retried when that is not obvious.
     */
    private <T> CompletableFuture<T> withRetries(ApiCall call, boolean replayable, Supplier<CompletableFuture<T>> attempt) {
        CompletableFuture<T> result = new CompletableFuture<>();
        sendAttempt(call, replayable, attempt, 1, result);
        return result;
    }

    private <T> void sendAttempt(ApiCall call, boolean replayable, Supplier<CompletableFuture<T>> attempt,
                                 int attempts, CompletableFuture<T> result) {
        RequestGate gate = transport.gate();
        CompletableFuture<T> sent;
        if (gate.isOpen()) {
            sent = attempt.get();
        } else {
            long queuedAt = System.nanoTime();
            sent = gate.acquire(describe(call), requestTimeout).thenCompose(permit -> {
                long waited = System.nanoTime() - queuedAt;
                if (waited > MIN_REPORTED_WAIT_NANOS) {
                    transport.observer().limitWaited(call, Duration.ofNanos(waited));
                }
                return attempt.get().whenComplete((answer, failure) -> permit.release());
            });
        }
        sent.whenComplete((answer, failure) -> {
            if (failure == null) {
                result.complete(answer);
                return;
            }
            Throwable cause = Futures.unwrap(failure);
            RetryPolicy.Decision decision = retryPolicy.decide(call, cause, attempts, replayable);
            if (cause instanceof MistralApiException api && api.getStatusCode() == 429 && api.getRetryAfter() != null
                && decision.retry()) {
                // the whole component holds back, not only this call: the limit is the workspace's
                gate.pauseFor(api.getRetryAfter());
            }
            if (!decision.retry()) {
                if (cause instanceof MistralException mistral) {
                    mistral.recordRetries(attempts, decision.notRetriedBecause());
                }
                result.completeExceptionally(cause);
                return;
            }
            transport.observer().retried(call, attempts, cause, decision.delay());
            if (LOG.isDebugEnabled()) {
                LOG.debug("Retrying {} (attempt {} of at most {}) in {} ms after: {}", describe(call), attempts + 1,
                        retryPolicy.maxRetries() + 1, decision.delay().toMillis(), cause.getMessage());
            }
            try {
                transport.scheduler().schedule(() -> sendAttempt(call, replayable, attempt, attempts + 1, result),
                        decision.delay().toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                result.completeExceptionally(cause);
            }
        });
    }

    /**
     * Sends a call with a caller-built request producer and response consumer (multipart uploads, streamed downloads),
     * mapping transport failures to {@link MistralConnectionException}.
     */
    private <T> CompletableFuture<T> execute(ApiCall call, AsyncRequestProducer producer,
                                             AsyncResponseConsumer<T> consumer) {
        return execute(call, producer, consumer, transport.completionExecutor());
    }

    private <T> CompletableFuture<T> execute(ApiCall call, AsyncRequestProducer producer,
                                             AsyncResponseConsumer<T> consumer, Executor completionExecutor) {
        return transport.execute(producer, consumer, completionExecutor)
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(connectionFailure(call, Futures.unwrap(failure)));
                    }
                    return response;
                });
    }

    /** Builds the absolute request URI of a call: base URL, path, encoded query. */
    public String uri(ApiCall call) {
        StringBuilder uri = new StringBuilder(baseUrl);
        if (!call.path().startsWith("/")) {
            uri.append('/');
        }
        uri.append(call.path());
        char separator = call.path().contains("?") ? '&' : '?';
        for (Map.Entry<String, List<String>> param : call.query().entrySet()) {
            for (String value : param.getValue()) {
                uri.append(separator).append(encode(param.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return uri.toString();
    }

    private byte[] jsonBody(ApiCall call) throws JsonProcessingException {
        if (call.jsonBody() == null) {
            return null;
        }
        return call.jsonBody() instanceof String text
                ? text.getBytes(StandardCharsets.UTF_8)
                : mapper.writeValueAsBytes(call.jsonBody());
    }

    private SimpleHttpRequest toRequest(ApiCall call, byte[] json) {
        SimpleHttpRequest request = SimpleHttpRequest.create(call.method(), uri(call));
        request.setConfig(requestConfig);
        request.addHeader(HttpHeaders.ACCEPT, "application/json");
        applyHeaders(request);
        if (json != null) {
            request.setBody(json, ContentType.APPLICATION_JSON);
        }
        return request;
    }

    /**
     * Sends any call and returns the raw answer of a 2xx (for callers that read non-JSON or untyped bodies); a non-2xx
     * completes exceptionally with {@link MistralApiException}.
     */
    public CompletableFuture<RawResponse> callRaw(ApiCall call) {
        return send(call, response -> {
            requireSuccess(call, response);
            Header contentType = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
            return new RawResponse(response.getCode(), contentType == null ? null : contentType.getValue(),
                    response.getBodyBytes(), ResponseHeaders.requestId(response));
        });
    }

    /**
     * Sends any call, with its JSON body or, when {@code form} is set, that multipart form (streamed as {@link #upload}
     * sends it), and hands the 2xx answer over as soon as its headers show what it is: JSON, text and binary bodies up
     * to {@code bufferLimit} bytes read whole; longer or unknown-length binary bodies, and event streams when
     * {@code eventIdleTimeout} is set, as an {@link InputStream} read from the connection with back-pressure, which the
     * caller must close. An event stream may stay silent for {@code eventIdleTimeout} at most. A non-2xx answer
     * completes exceptionally with {@link MistralApiException}.
     */
    public CompletableFuture<RawResponse> exchange(ApiCall call, Multipart form, long bufferLimit,
                                                   Duration eventIdleTimeout) {
        return exchange(call, form, bufferLimit, eventIdleTimeout, false);
    }

    /**
     * {@link #exchange(ApiCall, Multipart, long, Duration)}, a JSON answer too being streamed when longer than
     * {@code bufferLimit} if {@code jsonByLength} (JSON that wraps a large payload, such as speech's base64 audio).
     */
    public CompletableFuture<RawResponse> exchange(ApiCall call, Multipart form, long bufferLimit,
                                                   Duration eventIdleTimeout, boolean jsonByLength) {
        ConfigurableHttpRequest request = streamingRequest(call, eventIdleTimeout != null ? "text/event-stream" : "*/*");
        // the answer may be handed over before its end, which hard cancellation would cut off (see download)
        RequestConfig.Builder config = RequestConfig.copy(requestConfig).setHardCancellationEnabled(false);
        if (eventIdleTimeout != null) {
            config.setResponseTimeout(Timeout.of(eventIdleTimeout));
        }
        request.setConfig(config.build());
        Supplier<AdaptiveResponseConsumer> answer = () -> new AdaptiveResponseConsumer(call, bufferLimit,
                eventIdleTimeout != null, jsonByLength);
        if (form != null) {
            return withRetries(call, form.isReplayable(), () -> {
                MultipartEntityProducer entity = new MultipartEntityProducer(form, transport.streamingExecutor());
                return sourceChecked(call, entity, execute(call, new BasicRequestProducer(request, entity), answer.get()));
            });
        }
        return withJsonBody(call, json -> withRetries(call, true, () -> execute(call, new BasicRequestProducer(request,
                json == null ? null : AsyncEntityProducers.create(json, ContentType.APPLICATION_JSON)), answer.get())));
    }

    /**
     * The body as text: in the charset of its content type, UTF-8 when it names none, as JSON is (the API sends
     * {@code application/json} without a charset; HttpClient's default would be ISO-8859-1).
     */
    private static String bodyText(SimpleHttpResponse response) {
        byte[] bytes = response.getBodyBytes();
        if (bytes == null) {
            return null;
        }
        ContentType type = response.getContentType();
        return new String(bytes, type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8);
    }

    /** Throws the {@link MistralApiException} a non-2xx answer stands for. */
    private static void requireSuccess(ApiCall call, SimpleHttpResponse response) {
        if (response.getCode() < 200 || response.getCode() >= 300) {
            throw new CompletionException(MistralApiException.of(call, response, bodyText(response)));
        }
    }

    private <T> MistralResponse<T> read(ApiCall call, SimpleHttpResponse response, JavaType type) {
        requireSuccess(call, response);
        byte[] bytes = response.getBodyBytes();
        int status = response.getCode();
        if (isBlank(bytes)) {
            if (status == 204 || type.getRawClass() == Void.class) {
                return new MistralResponse<>(call, response, null);
            }
            throw new CompletionException(unreadable(call, response, "the response body is empty, expected JSON for "
                                                                     + type.getRawClass().getSimpleName(), null));
        }
        try {
            // the bytes straight to Jackson's byte parser when they are UTF-8 (the API's case): no String copy first
            ContentType contentType = response.getContentType();
            boolean utf8 = contentType == null || contentType.getCharset() == null
                           || StandardCharsets.UTF_8.equals(contentType.getCharset());
            T value = utf8 ? mapper.readValue(bytes, type) : mapper.readValue(bodyText(response), type);
            if (value == null) {
                throw new IOException("the body is JSON null");
            }
            return new MistralResponse<>(call, response, value);
        } catch (IOException e) {
            throw new CompletionException(unreadable(call, response, "the response body is not valid JSON for "
                    + type.getRawClass().getSimpleName() + ": "
                    + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()), e));
        }
    }

    private static MistralApiException unreadable(ApiCall call, SimpleHttpResponse response, String what, Exception cause) {
        return new MistralApiException(call.method(), call.path(), response.getCode(), new ApiError(null, null, what),
                ResponseHeaders.requestId(response), bodyText(response), null, ResponseHeaders.rateLimits(response),
                cause);
    }

    private static boolean isBlank(byte[] bytes) {
        if (bytes == null) {
            return true;
        }
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private Exception connectionFailure(ApiCall call, Throwable failure) {
        if (failure instanceof MistralApiException || failure instanceof MistralConnectionException) {
            return (Exception) failure;
        }
        String what;
        if (failure instanceof SocketTimeoutException || failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout")) {
            what = "timed out (requestTimeout=" + requestConfig.getResponseTimeout() + ")";
        } else if (failure instanceof ConnectException) {
            what = "could not connect";
        } else {
            what = "failed: " + failure.getClass().getSimpleName()
                   + (failure.getMessage() != null ? " " + failure.getMessage() : "");
        }
        return new MistralConnectionException(
                "Mistral API " + describe(call) + " at " + baseUrl + " " + what, failure);
    }

    private static String describe(ApiCall call) {
        return call.method() + " " + call.path();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> checkedHeaders(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        for (String name : headers.keySet()) {
            if (name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION)) {
                throw new IllegalArgumentException("additionalHeaders cannot set Authorization: the API key is sent "
                                                   + "from the apiKey option only");
            }
        }
        return Map.copyOf(headers);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "MistralClient[" + baseUrl + "]";
    }
}
