package io.github.camelmistral.support;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.spi.ReactiveExecutor;

/**
 * Waiting for work that Camel may have queued on the waiting thread itself. A tool route started from inside a route
 * (a streamed tool loop read by {@code convertBodyTo} or a split) is queued on the reactive executor of the thread
 * that started it, and would never run while that thread waits: so the queued work is run first, as Camel's own
 * {@code AsyncProcessorAwaitManager} does for a synchronous send.
 */
public final class ReactiveWaits {

    private ReactiveWaits() {
    }

    public static <T> T join(ReactiveExecutor executor, CompletableFuture<T> future) {
        while (!future.isDone() && executor.executeFromQueue()) {
            // ran one queued task: perhaps the tool route the future waits for
        }
        return future.join();
    }
}
