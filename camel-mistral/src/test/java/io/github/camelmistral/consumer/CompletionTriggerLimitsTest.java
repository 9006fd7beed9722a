package io.github.camelmistral.consumer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Issue 12, completion triggers: the queue bounded in bytes, a bounded drain on stop, and checked options. */
class CompletionTriggerLimitsTest extends MistralTestSupport {

    private final CountDownLatch routeBusy = new CountDownLatch(1);
    private final CountDownLatch releaseRoute = new CountDownLatch(1);

    @AfterEach
    void release() {
        releaseRoute.countDown();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fim").to(mistral("fim"));
                from("direct:chat").to(mistral("chat"));
                // room for 100 events, but only for about one chat reply's worth of bytes
                from("mistral:fim?event=created&eventQueueMaxBytes=50").routeId("byteBound")
                        .process(exchange -> {
                            routeBusy.countDown();
                            releaseRoute.await(30, TimeUnit.SECONDS);
                        })
                        .to("mock:fim");
                from("mistral:chat?event=created&drainTimeout=100").routeId("stuck")
                        .process(exchange -> {
                            routeBusy.countDown();
                            releaseRoute.await(30, TimeUnit.SECONDS);
                        })
                        .to("mock:chat");
            }
        };
    }

    @Test
    void theQueueIsBoundedByTheEstimatedBytesOfItsEventsToo() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/fim/completions")).willReturn(okJson(chatCompletion("x"))));
        CompletionTriggerConsumer trigger = (CompletionTriggerConsumer) context.getRoute("byteBound").getConsumer();
        template.requestBody("direct:fim", "one"); // taken by the route, which holds it
        assertThat(routeBusy.await(30, TimeUnit.SECONDS)).isTrue();

        template.requestBody("direct:fim", "two"); // an empty queue takes it, whatever its size
        template.requestBody("direct:fim", "three"); // over 50 bytes with "two": dropped
        template.requestBody("direct:fim", "four");

        await().untilAsserted(() -> assertThat(trigger.getDroppedEvents()).isEqualTo(2));
        assertThat(trigger.getQueuedEvents()).isEqualTo(1);
        assertThat(trigger.getQueuedBytes()).isGreaterThan(50);
        releaseRoute.countDown();
        await().untilAsserted(() -> assertThat(getMockEndpoint("mock:fim").getReceivedCounter()).isEqualTo(2));
        assertThat(trigger.getQueuedBytes()).isZero();
    }

    @Test
    void stoppingWaitsAtMostDrainTimeoutThenDropsAndCountsWhatIsQueued() throws Exception {
        stubChatReply("ok");
        CompletionTriggerConsumer trigger = (CompletionTriggerConsumer) context.getRoute("stuck").getConsumer();
        template.requestBody("direct:chat", "in hand");
        assertThat(routeBusy.await(30, TimeUnit.SECONDS)).isTrue();
        template.requestBody("direct:chat", "queued 1");
        template.requestBody("direct:chat", "queued 2");
        await().untilAsserted(() -> assertThat(trigger.getQueuedEvents()).isEqualTo(2));

        // the route never finishes by itself: the stop ends after drainTimeout, not after the route's 30 s
        CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("stuck");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);

        assertThat(trigger.isStopped()).isTrue();
        assertThat(trigger.getDroppedEvents()).isEqualTo(2);
        assertThat(getMockEndpoint("mock:chat").getReceivedCounter()).isZero();
    }

    @Test
    void anEventQueueSizeBelowOneIsRefusedAtStartup() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:embeddings?event=generated&eventQueueSize=0").to("mock:never");
            }
        })).hasStackTraceContaining("eventQueueSize is how many events may wait for the trigger route, at least 1, but is 0");
    }
}
