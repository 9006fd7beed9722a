package io.github.camelmistral.consumer;

import io.github.camelmistral.LogCapture;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the state repository fails to write after a poll delivered events. The state is kept in memory, so the
 * events are not delivered again; the next polls write it before delivering anything; a trigger stopped before the
 * write succeeds forgets it, and its last poll's events are delivered once more.
 */
class StateWriteFailureTest extends TriggerTestSupport {

    private static final String KEY = "orders-batch-trigger";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final FlakyStateRepository repository = new FlakyStateRepository();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("flaky", repository);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("batchJob", "event=succeeded&stateRepository=#flaky&stateKey=" + KEY)).routeId("jobs")
                        .to("mock:jobs");
            }
        };
    }

    private MockEndpoint jobs() {
        return getMockEndpoint("mock:jobs");
    }

    /** The log lines that name the state key, i.e. that report a write problem. */
    private long linesNamingTheKey() {
        return logs.events().stream().filter(event -> event.contains("'" + KEY + "'")).count();
    }

    @Test
    void aFailedWriteIsReportedOncePerPollAndItsEventsAreNotDeliveredAgain() {
        API.batchJob("a", T0, "RUNNING", T0);
        API.batchJob("b", T0 + 1, "RUNNING", T0 + 1);
        poll("jobs"); // primes
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        repository.failNextWrites(2);

        poll("jobs"); // delivers a, cannot record it
        assertThat(transitions(jobs().getExchanges())).containsExactly("a:RUNNING>SUCCESS");
        assertThat(consumer(context, "jobs").getErrorCounter()).isEqualTo(1);
        assertThat(linesNamingTheKey()).isEqualTo(1);
        assertThat(logs.events()).filteredOn(event -> event.contains("'" + KEY + "'")).singleElement().asString()
                .startsWith(BatchJobTriggerConsumer.class.getName())
                .contains("delivered 1 event(s) but cannot write its state under key '" + KEY + "'")
                .contains("not delivered again").doesNotContain("SECRET");

        API.batchJob("b", T0 + 1, "SUCCESS", T0 + 20);
        poll("jobs"); // the write fails again: a is not delivered again, and b waits until the state is written
        assertThat(transitions(jobs().getExchanges())).containsExactly("a:RUNNING>SUCCESS");
        assertThat(consumer(context, "jobs").getErrorCounter()).isEqualTo(2);
        assertThat(linesNamingTheKey()).isEqualTo(2);

        poll("jobs"); // the write succeeds, then the poll goes on from the state it wrote
        assertThat(transitions(jobs().getExchanges())).containsExactly("a:RUNNING>SUCCESS", "b:RUNNING>SUCCESS");
        assertThat(consumer(context, "jobs").getErrorCounter()).isZero();
        assertThat(linesNamingTheKey()).isEqualTo(2);
        assertThat(TriggerState.stateJson(repository.getState(KEY))).contains("\"open\":{}");

        poll("jobs");
        assertThat(jobs().getExchanges()).hasSize(2);
    }

    @Test
    void aTriggerStoppedBeforeTheWriteSucceedsDeliversItsLastPollOnceMore() throws Exception {
        API.batchJob("a", T0, "RUNNING", T0);
        poll("jobs");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        repository.failNextWrites(1);
        poll("jobs");

        // in a cluster another node may poll from the stored value now: this one must not keep a state of its own
        context.getRouteController().stopRoute("jobs");
        assertThat(logs.all()).contains("stops with a state it could not write under key '" + KEY + "'");
        context.getRouteController().startRoute("jobs");
        poll("jobs");
        poll("jobs");

        assertThat(transitions(jobs().getExchanges())).containsExactly("a:RUNNING>SUCCESS", "a:RUNNING>SUCCESS");
    }
}
