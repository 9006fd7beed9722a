package io.github.camelmistral.consumer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: a JVM killed in the middle of a poll, with an exchange in flight, and a new one started on the same
 * {@link FileStateRepository} file. Nothing is lost, and what is repeated is exactly the events of the poll in flight
 * (at most {@code maxMessagesPerPoll}); what earlier polls recorded is not repeated.
 */
class CrashRestartTriggerTest extends TriggerTestSupport {

    @TempDir
    Path dir;

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    /** One application: its route records each event as it starts processing it, and may block on one of them. */
    private static final class Application {
        final List<String> started = new CopyOnWriteArrayList<>();
        final CrashingStateRepository repository;
        final CamelContext context = new DefaultCamelContext();
        volatile String blockOn;
        final CountDownLatch blocked = new CountDownLatch(1);
        final CountDownLatch killed = new CountDownLatch(1);

        Application(File stateFile) throws Exception {
            repository = new CrashingStateRepository(FileStateRepository.fileStateRepository(stateFile));
            context.getRegistry().bind("triggerState", repository);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(noErrorHandler());
                    from(trigger("batchJob", "event=succeeded&maxMessagesPerPoll=2&stateRepository=#triggerState"))
                            .routeId("jobs")
                            .process(exchange -> {
                                String job = exchange.getMessage().getHeader(MistralConstants.JOB_ID, String.class);
                                if (killed.getCount() == 0) {
                                    throw new IllegalStateException("the process is dead"); // runs no more code
                                }
                                started.add(job);
                                if (job.equals(blockOn)) {
                                    blocked.countDown();
                                    killed.await(30, TimeUnit.SECONDS);
                                    throw new IllegalStateException("killed while processing " + job);
                                }
                            });
                }
            });
            context.start();
        }

        /** kill -9: from now on this process writes nothing, stops nothing, and its exchanges never complete. */
        void kill() {
            repository.crash();
            killed.countDown();
        }
    }

    @Test
    void aKillDuringAPollRepeatsExactlyThatPollsEventsAndLosesNothing() throws Exception {
        File stateFile = dir.resolve("mistral-triggers.dat").toFile();
        for (String job : List.of("z", "a", "b", "c")) {
            API.batchJob(job, T0 + job.charAt(0), "RUNNING", T0 + job.charAt(0));
        }
        Application first = new Application(stateFile);
        poll(first.context, "jobs"); // primes
        API.batchJob("z", T0 + 'z', "SUCCESS", T0 + 1000);
        poll(first.context, "jobs"); // z delivered and recorded
        API.batchJob("a", T0 + 'a', "SUCCESS", T0 + 1001);
        API.batchJob("b", T0 + 'b', "SUCCESS", T0 + 1002);
        API.batchJob("c", T0 + 'c', "SUCCESS", T0 + 1003);

        // the poll delivers a, then b, on which the process dies; c is beyond maxMessagesPerPoll=2
        first.blockOn = "b";
        CompletableFuture<Void> inFlight = CompletableFuture.runAsync(() -> poll(first.context, "jobs"));
        assertThat(first.blocked.await(30, TimeUnit.SECONDS)).isTrue();
        first.kill();
        await().atMost(30, TimeUnit.SECONDS).until(inFlight::isDone);
        assertThat(first.started).containsExactly("z", "a", "b");

        Application second = new Application(stateFile);
        poll(second.context, "jobs");
        poll(second.context, "jobs");
        poll(second.context, "jobs");
        second.context.stop();
        first.context.stop(); // only to free its threads: its repository writes nothing any more

        // repeated: exactly a and b, the events of the poll the kill interrupted (b was in flight); z, recorded by
        // the poll before, is not; c, beyond that poll's batch, comes once
        assertThat(second.started).containsExactly("a", "b", "c");
    }
}
