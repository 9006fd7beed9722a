package io.github.camelmistral.api;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
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

    /**
     * @param streamingExecutor runs the blocking reads of upload bodies (files, streams), one task per upload for its
     *                          whole duration, so that it neither stalls an I/O thread nor starves the completions
     */
    public MistralHttpTransport(int maxConnections, Duration connectTimeout, Executor completionExecutor,
                                Executor streamingExecutor) {
        PoolingAsyncClientConnectionManager connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .build())
                .build();
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())))
                        .build())
                // a retried POST can create a second file or job: retries are the route's decision, not ours
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .setUserAgent("camel-mistral")
                .build();
        this.client.start();
        this.completionExecutor = completionExecutor;
        this.streamingExecutor = streamingExecutor;
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

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
