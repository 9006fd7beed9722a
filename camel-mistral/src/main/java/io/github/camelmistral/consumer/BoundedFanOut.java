package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import io.github.camelmistral.api.Futures;

/**
 * Runs asynchronous calls with at most {@code limit} of them in flight, without blocking a thread: each call that
 * completes starts the next one. Every call is settled, so one failure neither cancels the others nor hides their
 * results: a poll keeps what it could confirm.
 */
final class BoundedFanOut<T> {

    /**
     * The values of the calls that succeeded, in the order the calls were given, and the failures of the others.
     *
     * @param <T> the value of one call
     */
    record Settled<T>(List<T> values, List<Throwable> failures) {

        Settled {
            // a call may settle with null (e.g. "nothing to report"): List.copyOf would refuse it
            values = Collections.unmodifiableList(new ArrayList<>(values));
            failures = List.copyOf(failures);
        }
    }

    private final List<Supplier<CompletableFuture<T>>> calls;
    private final AtomicReferenceArray<CompletableFuture<T>> outcomes;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger settled = new AtomicInteger();
    private final CompletableFuture<Settled<T>> result = new CompletableFuture<>();

    private BoundedFanOut(List<Supplier<CompletableFuture<T>>> calls) {
        this.calls = List.copyOf(calls);
        this.outcomes = new AtomicReferenceArray<>(this.calls.size());
    }

    /** Starts {@code calls}, at most {@code limit} at a time (at least one), and settles them all. */
    static <T> CompletableFuture<Settled<T>> settleAll(List<Supplier<CompletableFuture<T>>> calls, int limit) {
        BoundedFanOut<T> fanOut = new BoundedFanOut<>(calls);
        if (fanOut.calls.isEmpty()) {
            return CompletableFuture.completedFuture(new Settled<>(List.of(), List.of()));
        }
        for (int lane = 0; lane < Math.min(Math.max(1, limit), fanOut.calls.size()); lane++) {
            fanOut.runLane();
        }
        return fanOut.result;
    }

    /**
     * Starts calls one after the other until one is still running, which continues the lane when it completes. Calls
     * that complete at once are settled in this loop rather than by recursion, so thousands of them cannot overflow
     * the stack.
     */
    private void runLane() {
        while (true) {
            int index = next.getAndIncrement();
            if (index >= calls.size()) {
                return;
            }
            CompletableFuture<T> call = start(index);
            if (!call.isDone()) {
                call.whenComplete((value, failure) -> {
                    settle(index, call);
                    runLane();
                });
                return;
            }
            settle(index, call);
        }
    }

    private CompletableFuture<T> start(int index) {
        try {
            CompletableFuture<T> call = calls.get(index).get();
            return call != null ? call : CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void settle(int index, CompletableFuture<T> call) {
        outcomes.set(index, call);
        if (settled.incrementAndGet() == calls.size()) {
            List<T> values = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int i = 0; i < outcomes.length(); i++) {
                CompletableFuture<T> outcome = outcomes.get(i);
                if (outcome.isCompletedExceptionally()) {
                    outcome.handle((value, failure) -> failures.add(Futures.unwrap(failure)));
                } else {
                    values.add(outcome.join());
                }
            }
            result.complete(new Settled<>(values, failures));
        }
    }
}
