package io.github.camelmistral.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The harness still works end to end: every scenario runs in a JVM of its own for every client against the stub
 * and yields every metric the report shows. Tiny rounds, and no number is checked: timing belongs to run.sh.
 */
class SmokeRoundTest {

    @Test
    void everyScenarioRunsForEveryClientAndTheReportShowsIt() throws Exception {
        RunAll.Results results = RunAll.run("smoke");

        assertThat(results.failures()).isEmpty();
        assertThat(results.measurements()).extracting(m -> m.scenario() + "/" + m.client())
                .contains("chat-cpu/COMPONENT", "chat-cpu/JDK", "burst/COMPONENT", "burst/JDK", "stream/COMPONENT",
                        "stream/JDK", "embeddings/COMPONENT", "embeddings/JDK", "tool-loop/COMPONENT",
                        "trigger-0-open/COMPONENT", "trigger-50-open/COMPONENT");
        assertThat(results.measurements()).allSatisfy(measurement -> assertThat(measurement.metrics())
                .allSatisfy((metric, rounds) -> assertThat(rounds).as(measurement.scenario() + " " + metric)
                        .isNotEmpty()));

        String report = new Report(Sizes.SMOKE, results).markdown();
        assertThat(report).contains("| chat-cpu | CPU µs/call |", "| trigger-50-open | requests/poll |", "JDK")
                .doesNotContain("failed");
    }
}
