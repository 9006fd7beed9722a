package io.github.camelmistral.example;

import io.github.camelmistral.simulator.MistralSimulator;

/**
 * Where the example's calls go: the real API when {@code MISTRAL_API_KEY} is set, otherwise a Mistral API simulator
 * started in this JVM, so that the example runs on any machine, offline and free.
 */
final class ApiTarget implements AutoCloseable {

    static final String SIMULATOR_KEY = "simulator-key";

    private final String baseUrl;
    private final String apiKey;
    private final MistralSimulator simulator;

    private ApiTarget(String baseUrl, String apiKey, MistralSimulator simulator) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.simulator = simulator;
    }

    static ApiTarget resolve(String environmentKey) {
        if (environmentKey != null && !environmentKey.isBlank()) {
            return new ApiTarget("https://api.mistral.ai", environmentKey.strip(), null);
        }
        MistralSimulator simulator = MistralSimulator.builder().apiKey(SIMULATOR_KEY).start();
        return new ApiTarget(simulator.baseUrl(), SIMULATOR_KEY, simulator);
    }

    String baseUrl() {
        return baseUrl;
    }

    String apiKey() {
        return apiKey;
    }

    boolean isSimulated() {
        return simulator != null;
    }

    String describe() {
        return isSimulated()
                ? "No MISTRAL_API_KEY set: calling the embedded Mistral API simulator at " + baseUrl
                  + " (set MISTRAL_API_KEY to call the real API)"
                : "MISTRAL_API_KEY is set: calling the real Mistral API at " + baseUrl + " (this uses your quota)";
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
