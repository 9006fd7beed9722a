package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs work later without holding a thread while it waits: one timer thread hands each task to the server's
 * executor when it is due. The JDK server lets a handler return and finish its exchange from another thread, so a
 * delayed answer costs a scheduled task, not a blocked thread.
 */
final class Deferrer implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mistral-simulator-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Executor executor;

    Deferrer(Executor executor) {
        this.executor = executor;
    }

    /** Runs {@code task} on the executor after {@code delay}; dropped if the simulator stops first. */
    void after(Duration delay, Runnable task) {
        try {
            timer.schedule(() -> executeQuietly(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the simulator is stopping: its connections close anyway
        }
    }

    private void executeQuietly(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopping) {
            // the simulator is stopping: its connections close anyway
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
