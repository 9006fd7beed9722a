package io.github.camelmistral.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One scenario for one client, in a JVM of its own so that neither the other client's threads, pools and JIT
 * state nor the stub's work count in what it measures. Prints the measurement as the last line of its output,
 * prefixed with {@link #RESULT_PREFIX}.
 *
 * <p>Arguments: {@code <scenario> <COMPONENT|JDK> <stub base URL> <full|smoke>}.
 */
public final class ScenarioMain {

    static final String RESULT_PREFIX = "RESULT ";

    private ScenarioMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("Usage: ScenarioMain <scenario> <COMPONENT|JDK> <baseUrl> <full|smoke>");
        }
        Measurement measurement = run(Scenario.byId(args[0]), ClientKind.valueOf(args[1]), args[2],
                Sizes.named(args[3]));
        System.out.println(RESULT_PREFIX + new ObjectMapper().writeValueAsString(measurement));
        // the component's and the JDK client's non-daemon threads must not keep the JVM up
        System.exit(0);
    }

    static Measurement run(Scenario scenario, ClientKind kind, String baseUrl, Sizes sizes) throws Exception {
        Measurement.Builder result = new Measurement.Builder(scenario.id(), kind.name());
        if (!scenario.needsClient()) {
            return scenario.measure(null, sizes, result).build();
        }
        try (BenchClient client = kind.open(baseUrl, sizes)) {
            return scenario.measure(client, sizes, result).build();
        }
    }
}
