package io.github.camelmistral.api;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client-side limits of one component, shared by all its endpoints: requests start at most
 * {@code requestsPerSecond} a second, evenly spaced (a token bucket that holds one request, as the generic cell rate
 * algorithm keeps it), and at most {@code maxConcurrentRequests} are in flight. Calls over a limit wait in arrival order without holding a thread: their turn is scheduled, or handed over
 * when a call in flight ends. A wait longer than the call's limit fails it. After a 429 with {@code Retry-After}, no
 * request starts before that time, whichever endpoint sends it.
 */
final class RequestGate {

    /** What a call holds while it is in flight; released exactly once when its answer is in. */
    interface Permit {
        void release();
    }

    private static final Permit FREE = () -> {
    };

    private final ScheduledExecutorService scheduler;
    private final long intervalNanos;
    private final int maxConcurrent;
    private final Object lock = new Object();
    private long theoreticalArrival;
    private int inFlight;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private final AtomicLong pausedUntil = new AtomicLong(System.nanoTime());
    private volatile boolean everPaused;

    /**
     * @param requestsPerSecond     null or 0 for no rate limit
     * @param maxConcurrentRequests null or 0 for no concurrency limit
     */
    RequestGate(Double requestsPerSecond, Integer maxConcurrentRequests, ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
        boolean rateLimited = requestsPerSecond != null && requestsPerSecond > 0;
        this.intervalNanos = rateLimited ? (long) (1_000_000_000L / requestsPerSecond) : 0;
        this.maxConcurrent = maxConcurrentRequests == null || maxConcurrentRequests <= 0 ? 0 : maxConcurrentRequests;
        this.theoreticalArrival = System.nanoTime();
    }

    /** Whether the gate ever makes a call wait; a gate that does not is free. */
    boolean isOpen() {
        return intervalNanos == 0 && maxConcurrent == 0 && !everPaused;
    }

    /** Holds every request back until {@code delay} from now (a 429's {@code Retry-After}). */
    void pauseFor(Duration delay) {
        long until = System.nanoTime() + delay.toNanos();
        pausedUntil.accumulateAndGet(until, (current, next) -> next - current > 0 ? next : current);
        everPaused = true;
    }

    /** Calls waiting for their turn, for the metrics. */
    int queued() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /**
     * A permit once the call may start: at once when no limit applies, else when its turn comes; fails with
     * {@link MistralConnectionException} when the turn would come later than {@code maxWait} from now.
     */
    CompletableFuture<Permit> acquire(String call, Duration maxWait) {
        long now = System.nanoTime();
        long waitNanos = reserveStart(now, maxWait.toNanos());
        if (waitNanos < 0) {
            return CompletableFuture.failedFuture(tooLong(call, -waitNanos, maxWait));
        }
        if (maxConcurrent == 0) {
            return waitNanos == 0 ? CompletableFuture.completedFuture(FREE)
                    : delayed(waitNanos).thenApply(ignored -> FREE);
        }
        CompletableFuture<Void> rateTurn = waitNanos == 0 ? CompletableFuture.completedFuture(null) : delayed(waitNanos);
        return rateTurn.thenCompose(ignored -> concurrencyTurn(call, maxWait.minusNanos(waitNanos)));
    }

    /**
     * Reserves the call's start under the rate limit and any pause, in arrival order: the wait from now, or minus the
     * wait when it would exceed {@code maxWaitNanos} (nothing is reserved then, so refused calls delay no one).
     */
    private long reserveStart(long now, long maxWaitNanos) {
        long paused = pausedUntil.get();
        if (intervalNanos == 0) {
            long wait = Math.max(0, paused - now);
            return wait > maxWaitNanos ? -wait : wait;
        }
        synchronized (lock) {
            long start = Math.max(Math.max(theoreticalArrival, now), paused);
            long wait = start - now;
            if (wait > maxWaitNanos) {
                return -wait;
            }
            theoreticalArrival = start + intervalNanos;
            return wait;
        }
    }

    private CompletableFuture<Permit> concurrencyTurn(String call, Duration maxWait) {
        Waiter waiter;
        synchronized (lock) {
            if (inFlight < maxConcurrent && waiting.isEmpty()) {
                inFlight++;
                return CompletableFuture.completedFuture(new HeldPermit());
            }
            waiter = new Waiter();
            waiting.addLast(waiter);
        }
        long timeoutNanos = Math.max(0, maxWait.toNanos());
        waiter.timeout = scheduler.schedule(() -> {
            boolean removed;
            synchronized (lock) {
                removed = waiting.remove(waiter);
            }
            if (removed) {
                waiter.future.completeExceptionally(tooLong(call, timeoutNanos, maxWait));
            }
        }, timeoutNanos, TimeUnit.NANOSECONDS);
        if (waiter.future.isDone()) {
            // its turn came before the timeout was even set
            waiter.timeout.cancel(false);
        }
        return waiter.future;
    }

    private void releaseOne() {
        Waiter next;
        synchronized (lock) {
            next = waiting.pollFirst();
            if (next == null) {
                inFlight--;
                return;
            }
        }
        // the slot passes straight to the next in line
        ScheduledFuture<?> timeout = next.timeout;
        if (timeout != null) {
            timeout.cancel(false);
        }
        if (!next.future.complete(new HeldPermit())) {
            releaseOne();
        }
    }

    private CompletableFuture<Void> delayed(long nanos) {
        CompletableFuture<Void> turn = new CompletableFuture<>();
        scheduler.schedule(() -> turn.complete(null), nanos, TimeUnit.NANOSECONDS);
        return turn;
    }

    private static MistralConnectionException tooLong(String call, long waitNanos, Duration maxWait) {
        return new MistralConnectionException("Mistral API " + call + " not sent: it would wait "
                                              + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms for its turn under the "
                                              + "component's requestsPerSecond/maxConcurrentRequests limits (or a "
                                              + "Retry-After), longer than requestTimeout=" + maxWait.toMillis()
                                              + " ms", null);
    }

    private static final class Waiter {
        final CompletableFuture<Permit> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> timeout;
    }

    private final class HeldPermit implements Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        @Override
        public void release() {
            if (released.compareAndSet(false, true)) {
                releaseOne();
            }
        }
    }
}
