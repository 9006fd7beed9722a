package io.github.camelmistral.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The harness still works end to end, in tiny rounds; no number is checked (timing belongs to run.sh). Every
 * scenario runs in this JVM, to keep the build fast, and one in a JVM of its own, as run.sh runs them all.
 */
class SmokeRoundTest {

    @Test
    void everyScenarioRunsForEveryClientAndTheReportShowsIt() throws Exception {
        RunAll.Results results = RunAll.run("smoke", RunAll::inThisJvm);

        assertThat(results.failures()).isEmpty();
        assertThat(results.measurements()).extracting(m -> m.scenario() + "/" + m.client())
                .containsExactly("chat-cpu/COMPONENT", "chat-cpu/JDK", "burst/COMPONENT", "burst/JDK",
                        "stream/COMPONENT", "stream/JDK", "embeddings/COMPONENT", "embeddings/JDK",
                        "tool-loop/COMPONENT", "memory/COMPONENT", "trigger-0-open/COMPONENT", "trigger-50-open/COMPONENT");
        assertThat(results.measurements()).allSatisfy(measurement -> assertThat(measurement.metrics())
                .isNotEmpty()
                .allSatisfy((metric, rounds) -> assertThat(rounds).as(measurement.scenario() + " " + metric)
                        .isNotEmpty()));
        String report = new Report(Sizes.SMOKE, results).markdown();
        assertThat(report).contains("| chat-cpu | CPU µs/call |", "| trigger-50-open | requests/poll |", "Stub self-check")
                .doesNotContain("failed");
    }

    @Test
    void aScenarioRunsInAJvmOfItsOwnAndReportsBack() throws Exception {
        try (StubServer stub = new StubServer(Sizes.SMOKE.deltas(), Sizes.SMOKE.dimensions(), 0, 0)) {
            Measurement measurement = RunAll.inOwnJvm(Scenario.STREAM, ClientKind.JDK, stub.baseUrl(), "smoke");

            assertThat(measurement.scenario()).isEqualTo("stream");
            assertThat(measurement.metrics()).containsKeys(Scenario.CPU_PER_STREAM, Scenario.FIRST_DELTA_LAG);
        }
    }
}
