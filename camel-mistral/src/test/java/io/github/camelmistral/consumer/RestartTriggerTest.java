package io.github.camelmistral.consumer;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trigger restarted in the middle of a sequence of transitions, with its state in a {@link FileStateRepository}:
 * each run is a fresh CamelContext with a fresh repository instance reading the same file, as after a JVM restart.
 */
class RestartTriggerTest extends TriggerTestSupport {

    @TempDir
    Path dir;

    private final List<String> delivered = new ArrayList<>();

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private CamelContext start(File stateFile) throws Exception {
        return start(stateFile, "");
    }

    private CamelContext start(File stateFile, String filters) throws Exception {
        CamelContext node = new DefaultCamelContext();
        node.getRegistry().bind("triggerState", FileStateRepository.fileStateRepository(stateFile));
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("batchJob", "event=statusChanged&stateRepository=#triggerState" + filters)).routeId("jobs")
                        .process(exchange -> delivered.add(exchange.getMessage().getHeader(MistralConstants.EVENT_ID, String.class)));
            }
        });
        node.start();
        return node;
    }

    @Test
    void nothingIsLostOrRepeatedAcrossARestart() throws Exception {
        restartInTheMiddle("");
    }

    /**
     * A filter puts its value in the state key. FileStateRepository reads a stored line's key only up to its first
     * {@code =}, so a {@code model=...} key was not found after the restart and the trigger started afresh.
     */
    @Test
    void aFilteredTriggerFindsItsStateInTheFileAfterARestart() throws Exception {
        restartInTheMiddle("&model=mistral-small-latest");
    }

    private void restartInTheMiddle(String filters) throws Exception {
        File stateFile = dir.resolve("mistral-triggers.dat").toFile();
        API.batchJob("a", T0, "QUEUED", T0);
        CamelContext first = start(stateFile, filters);
        poll(first, "jobs"); // primes: a is open
        API.batchJob("a", T0, "RUNNING", T0 + 10);
        API.batchJob("b", T0 + 20, "QUEUED", T0 + 20);
        poll(first, "jobs");
        first.stop();

        // while the application is down, a ends and b starts running; c comes and goes
        API.batchJob("a", T0, "SUCCESS", T0 + 30);
        API.batchJob("b", T0 + 20, "RUNNING", T0 + 40);
        API.batchJob("c", T0 + 50, "FAILED", T0 + 60);

        CamelContext second = start(stateFile, filters);
        poll(second, "jobs");
        poll(second, "jobs");
        API.batchJob("b", T0 + 20, "SUCCESS", T0 + 70);
        poll(second, "jobs");
        second.stop();

        assertThat(delivered).containsExactly(
                "batch_job.status_changed:a:QUEUED>RUNNING",
                "batch_job.status_changed:b:>QUEUED",
                "batch_job.status_changed:a:RUNNING>SUCCESS",
                "batch_job.status_changed:b:QUEUED>RUNNING",
                "batch_job.status_changed:c:>FAILED",
                "batch_job.status_changed:b:RUNNING>SUCCESS");
    }
}
