package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out of a poll's confirmation requests, with futures the test completes by hand. */
class BoundedFanOutTest {

    private final List<CompletableFuture<Integer>> started = new ArrayList<>();

    private List<Supplier<CompletableFuture<Integer>>> calls(int count) {
        return IntStream.range(0, count).<Supplier<CompletableFuture<Integer>>> mapToObj(i -> () -> {
            CompletableFuture<Integer> call = new CompletableFuture<>();
            started.add(call);
            return call;
        }).toList();
    }

    @Test
    void neverHasMoreThanTheLimitInFlightAndStartsTheNextAsOneCompletes() {
        CompletableFuture<BoundedFanOut.Settled<Integer>> all = BoundedFanOut.settleAll(calls(10), 4);
        assertThat(started).hasSize(4);

        started.get(1).complete(1);
        assertThat(started).hasSize(5);
        started.get(0).completeExceptionally(new IllegalStateException("GET failed"));
        assertThat(started).hasSize(6);
        for (int i = 2; i < 10; i++) {
            assertThat(started.size() - (i + 1)).isLessThan(4); // in flight: started minus settled
            started.get(i).complete(i);
        }

        assertThat(all).isCompleted();
        BoundedFanOut.Settled<Integer> settled = all.join();
        assertThat(settled.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(settled.failures()).singleElement().satisfies(failure -> assertThat(failure).hasMessage("GET failed"));
    }

    @Test
    void thousandsOfCallsThatCompleteAtOnceDoNotRecurse() {
        List<Supplier<CompletableFuture<Integer>>> immediate = IntStream.range(0, 100_000)
                .<Supplier<CompletableFuture<Integer>>> mapToObj(i -> () -> CompletableFuture.completedFuture(i)).toList();

        assertThat(BoundedFanOut.settleAll(immediate, 4).join().values()).hasSize(100_000);
    }

    @Test
    void aCallThatThrowsInsteadOfFailingItsFutureIsAFailureToo() {
        List<Supplier<CompletableFuture<Integer>>> calls = List.of(() -> {
            throw new IllegalArgumentException("bad id");
        }, () -> CompletableFuture.completedFuture(null));

        BoundedFanOut.Settled<Integer> settled = BoundedFanOut.settleAll(calls, 1).join();

        assertThat(settled.values()).containsExactly((Integer) null);
        assertThat(settled.failures()).extracting(Throwable::getMessage).containsExactly("bad id");
    }
}
