package io.github.camelmistral.benchmarks;

/**
 * How big each scenario's rounds are. {@link #FULL} is what run.sh measures; {@link #SMOKE} only proves in the
 * normal build that every scenario still runs end to end.
 *
 * @param warmupRounds   rounds run and thrown away before measuring, for the JIT and the connection pools
 * @param rounds         measured rounds; the report shows their min, median and max
 * @param chatCalls      sequential calls per round
 * @param burstCalls     calls started at once per round
 * @param burstLatencyMs the stub's answer delay for the burst
 * @param streams        streamed replies per round
 * @param deltas         text deltas per streamed reply
 * @param texts          texts embedded per round
 * @param dimensions     the length of each vector
 * @param historicJobs   finished batch jobs in the stub's history
 * @param polls          steady-state polls measured (after the first, which primes the trigger)
 * @param toolCalls      tool-loop calls per round
 * @param fileBytes      the size of the file uploaded and downloaded by the memory scenario (one round)
 * @param streamedReplyBytes the size of the streamed reply of the memory scenario
 */
record Sizes(int warmupRounds, int rounds, int chatCalls, int burstCalls, long burstLatencyMs, int streams,
             int deltas, int texts, int dimensions, int historicJobs, int polls, int toolCalls, long fileBytes,
             long streamedReplyBytes) {

    static final Sizes FULL = new Sizes(2, 5, 2_000, 1_000, 1_000, 100, 200, 10_000, 1_024, 10_000, 10, 1_000,
            1L << 30, 10L << 20);
    static final Sizes SMOKE = new Sizes(1, 2, 20, 50, 100, 5, 200, 300, 16, 300, 2, 10, 1L << 20, 100L << 10);

    /** The embeddings split the component does by default (embeddingsBatchSize, embeddingsMaxConcurrentRequests). */
    static final int EMBEDDINGS_BATCH_SIZE = 128;
    static final int EMBEDDINGS_CONCURRENCY = 4;

    static Sizes named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("Unknown sizes '" + name + "': full or smoke");
        };
    }
}
