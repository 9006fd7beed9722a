package io.github.camelmistral.consumer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: a trigger stopped during its poll (in a cluster: it lost the leadership) while another node took over
 * and wrote the state: the old poll's end does not write its older state over the newer one.
 */
class StoppedDuringPollTest extends TriggerTestSupport {

    private static final String KEY = "guarded";

    private final MemoryStateRepository repository = new MemoryStateRepository();
    private final CountDownLatch blocked = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("shared", repository);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("batchJob", "event=succeeded&stateRepository=#shared&stateKey=" + KEY)).routeId("jobs")
                        .process(exchange -> {
                            if ("a".equals(exchange.getMessage().getHeader(MistralConstants.JOB_ID))) {
                                blocked.countDown();
                                release.await(30, TimeUnit.SECONDS);
                            }
                        })
                        .to("mock:jobs");
            }
        };
    }

    @Test
    void aPollThatOutlivesItsTriggerDoesNotOverwriteTheStateAnotherNodeWrote() throws Exception {
        API.batchJob("a", T0, "RUNNING", T0);
        API.batchJob("b", T0 + 1, "RUNNING", T0 + 1);
        poll("jobs");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        API.batchJob("b", T0 + 1, "SUCCESS", T0 + 20);
        ScheduledPollConsumer trigger = consumer(context, "jobs");

        CompletableFuture<Void> inFlight = CompletableFuture.runAsync(() -> poll("jobs"));
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("jobs");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(30, TimeUnit.SECONDS).until(() -> trigger.isSuspendingOrSuspended() || trigger.isStoppingOrStopped());
        String newLeadersState = "{\"watermark\":" + (T0 + 1) + ",\"seen\":{},\"open\":{}}"; // a and b delivered there
        repository.setState(KEY, newLeadersState);
        release.countDown();
        inFlight.get(30, TimeUnit.SECONDS);
        stopping.get(60, TimeUnit.SECONDS);

        assertThat(getMockEndpoint("mock:jobs").getExchanges()).hasSize(1); // a; b is not delivered once stopping
        assertThat(repository.getState(KEY)).isEqualTo(newLeadersState);
    }
}
