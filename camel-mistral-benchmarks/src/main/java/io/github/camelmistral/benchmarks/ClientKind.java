package io.github.camelmistral.benchmarks;

/** The clients compared: the component and its floor. */
enum ClientKind {

    COMPONENT("camel-mistral") {
        @Override
        BenchClient open(String baseUrl, Sizes sizes) throws Exception {
            return new ComponentClient(baseUrl, sizes);
        }
    },
    JDK("raw JDK HttpClient + Jackson") {
        @Override
        BenchClient open(String baseUrl, Sizes sizes) {
            return new JdkClient(baseUrl, sizes.burstLatencyMs(), Sizes.EMBEDDINGS_BATCH_SIZE,
                    Sizes.EMBEDDINGS_CONCURRENCY);
        }
    };

    private final String label;

    ClientKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    abstract BenchClient open(String baseUrl, Sizes sizes) throws Exception;
}
