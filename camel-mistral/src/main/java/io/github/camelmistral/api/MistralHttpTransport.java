package io.github.camelmistral.api;

import java.io.Closeable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The non-blocking HTTP stack shared by every endpoint of one component: one pooled Apache HttpClient 5 async client
 * whose I/O reactor threads only move bytes. Results are handed to {@code completionExecutor} so that JSON parsing and
 * the Camel routing that follows never run on (and never stall) an I/O thread.
 */
public final class MistralHttpTransport implements Closeable {

    private final CloseableHttpAsyncClient client;
    private final Executor completionExecutor;
    private final Executor streamingExecutor;
    private final ScheduledExecutorService scheduler;
    private final RequestGate gate;
    private final TransportObserver observer;

    /**
     * @param streamingExecutor runs the blocking reads of upload bodies (files, streams), one task per upload for its
     *                          whole duration, so that it neither stalls an I/O thread nor starves the completions
     * @param scheduler         schedules retries and turns under the limits; its tasks only start async sends
     */
    public MistralHttpTransport(TransportSettings settings, Executor completionExecutor, Executor streamingExecutor,
                                ScheduledExecutorService scheduler, TransportObserver observer) {
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        // a kept-alive connection the server closed while it was idle is found before it is reused
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                // the version is negotiated per connection, by ALPN during the TLS handshake
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(versionPolicy(settings.httpVersion())).build());
        if (settings.sslContext() != null) {
            connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).build());
        }
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(connections.build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())))
                        // Nagle's algorithm against delayed ACKs costs ~40 ms per small request on a kept-alive connection
                        .setTcpNoDelay(true)
                        .build())
                // retries are decided per call by RetryPolicy, which knows which calls create something
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .setUserAgent("camel-mistral");
        if (settings.proxy() != null) {
            configureProxy(builder, settings.proxy());
        }
        this.client = builder.build();
        this.client.start();
        this.completionExecutor = completionExecutor;
        this.streamingExecutor = streamingExecutor;
        this.scheduler = scheduler;
        this.gate = new RequestGate(settings.requestsPerSecond(), settings.maxConcurrentRequests(), scheduler);
        this.observer = observer;
    }

    private static HttpVersionPolicy versionPolicy(String httpVersion) {
        return switch (httpVersion) {
            case "1.1" -> HttpVersionPolicy.FORCE_HTTP_1;
            case "2" -> HttpVersionPolicy.FORCE_HTTP_2;
            // ALPN picks h2 where TLS offers it (the real API does); plain http stays on HTTP/1.1
            default -> HttpVersionPolicy.NEGOTIATE;
        };
    }

    private static void configureProxy(HttpAsyncClientBuilder builder, TransportSettings.Proxy proxy) {
        HttpHost proxyHost = new HttpHost(proxy.host(), proxy.port());
        builder.setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
            @Override
            protected HttpHost determineProxy(HttpHost target, HttpContext context) {
                return proxy.bypasses(target.getHostName()) ? null : proxyHost;
            }
        });
        if (proxy.username() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(proxyHost),
                    new UsernamePasswordCredentials(proxy.username(),
                            proxy.password() == null ? new char[0] : proxy.password().toCharArray()));
            builder.setDefaultCredentialsProvider(credentials);
        }
    }

    /**
     * Sends one request whose future completes on {@code completionExecutor}. {@code Runnable::run} completes it on the
     * I/O thread: only for a caller that merely waits for the result and chains no work onto it.
     */
    <T> CompletableFuture<T> execute(AsyncRequestProducer request, AsyncResponseConsumer<T> responseConsumer,
                                     Executor completionExecutor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        client.execute(request, responseConsumer, null, null, new FutureCallback<>() {
            @Override
            public void completed(T response) {
                handOver(completionExecutor, () -> result.complete(response));
            }

            @Override
            public void failed(Exception ex) {
                handOver(completionExecutor, () -> result.completeExceptionally(ex));
            }

            @Override
            public void cancelled() {
                handOver(completionExecutor, () -> result.cancel(false));
            }
        });
        return result;
    }

    private static void handOver(Executor executor, Runnable completion) {
        try {
            executor.execute(completion);
        } catch (RejectedExecutionException shuttingDown) {
            // the pool only refuses work once it is shut down: completing here is better than a call that never ends
            completion.run();
        }
    }

    /** The executor on which results are completed; callers may chain further async work on it. */
    public Executor completionExecutor() {
        return completionExecutor;
    }

    /** The executor that reads upload bodies while they are sent. */
    public Executor streamingExecutor() {
        return streamingExecutor;
    }

    /** Where retries and turns under the limits are scheduled. */
    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** The component's client-side limits. */
    RequestGate gate() {
        return gate;
    }

    /** Calls waiting for their turn under the component's limits. */
    public int queuedCalls() {
        return gate.queued();
    }

    TransportObserver observer() {
        return observer;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
