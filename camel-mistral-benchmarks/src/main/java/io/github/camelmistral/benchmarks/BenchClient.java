package io.github.camelmistral.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One way of calling the API that the scenarios measure: the component, or the floor it is compared with. */
interface BenchClient extends AutoCloseable {

    /** The model whose answers the stub sends after {@code latencyMs}. */
    static String modelWithLatency(long latencyMs) {
        return "lat-" + latencyMs;
    }

    /** One chat call answered at once; the reply text. */
    String chat(String prompt) throws Exception;

    /** One chat call answered after the burst latency, without waiting for it. */
    CompletableFuture<?> chatLater(String prompt);

    /** One streamed reply read to its end; microseconds from the stub sending the first delta to this reading it. */
    long streamFirstDeltaLagMicros(String prompt) throws Exception;

    /** Vectors for {@code texts}, split into requests of {@code batchSize}, {@code concurrency} in flight. */
    int embed(List<String> texts) throws Exception;

    @Override
    void close() throws Exception;
}
