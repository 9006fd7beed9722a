package io.github.camelmistral.consumer;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.batch.BatchJob;
import io.github.camelmistral.api.batch.BatchResult;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class BatchJobTriggerTest extends TriggerTestSupport {

    private final AtomicInteger routeFailures = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    /** Job ids whose exchange fails the first time it is delivered. */
    private final Set<String> failOnce = new HashSet<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                for (String event : new String[] { "created", "succeeded", "failed", "cancelled", "statusChanged" }) {
                    from(trigger("batchJob", "event=" + event)).routeId(event).to("mock:" + event);
                }
                from(trigger("batchJob", "event=succeeded&startFrom=beginning")).routeId("backlog").to("mock:backlog");
                from(trigger("batchJob", "event=succeeded&includeResults=true&stateKey=results")).routeId("results")
                        .split(header(MistralConstants.BATCH_RESULTS)).streaming()
                            .process(exchange -> {
                                BatchResult result = exchange.getMessage().getBody(BatchResult.class);
                                exchange.getMessage().setBody(result.customId() + ":" + result.statusCode()
                                                              + (result.fromErrorFile() ? ":error-file" : ""));
                            })
                            .to("mock:results");
                from(trigger("batchJob", "event=created&pageSize=2")).routeId("paged").to("mock:paged");
                from(trigger("batchJob", "event=succeeded&stateKey=rollback")).routeId("rollback")
                        .choice().when(exchange -> rollbacks.getAndDecrement() > 0).markRollbackOnly().end()
                        .to("mock:rollback");
                from(trigger("batchJob", "event=succeeded&stateKey=flaky")).routeId("flaky")
                        .process(exchange -> {
                            if (routeFailures.getAndDecrement() > 0) {
                                throw new IllegalStateException("downstream system down");
                            }
                        })
                        .to("mock:flaky");
                from(trigger("batchJob", "event=succeeded&stateKey=failOnce")).routeId("failOnce")
                        .process(exchange -> {
                            if (failOnce.remove(exchange.getMessage().getHeader(MistralConstants.JOB_ID, String.class))) {
                                throw new IllegalStateException("downstream system down");
                            }
                        })
                        .to("mock:failOnce");
            }
        };
    }

    private MockEndpoint mock(String name) {
        return getMockEndpoint("mock:" + name);
    }

    @Test
    void pollsEvery30SecondsUnlessDelaySaysOtherwise() {
        assertThat(consumer(context, "created").getDelay()).isEqualTo(30_000);
    }

    @Test
    void createdReportsEachNewJobOnceOldestFirst() {
        API.batchJob("old", T0, "SUCCESS", T0 + 5);
        poll("created"); // first start: primes without emitting
        API.batchJob("b", T0 + 20, "QUEUED", T0 + 20);
        API.batchJob("a", T0 + 10, "RUNNING", T0 + 15);
        poll("created");
        poll("created");

        assertThat(mock("created").getExchanges()).extracting(e -> e.getMessage().getBody(BatchJob.class).id())
                .containsExactly("a", "b");
        assertThat(mock("created").getExchanges().get(0).getMessage().getHeaders())
                .containsEntry(MistralConstants.EVENT_TYPE, "batch_job.created")
                .containsEntry(MistralConstants.EVENT_ID, "batch_job.created:a")
                .containsEntry(MistralConstants.JOB_ID, "a");
    }

    @Test
    void createdFindsALateJobInsideTheOverlapWindow() {
        poll("created");
        API.batchJob("newest", T0 + 100, "QUEUED", T0 + 100);
        poll("created");
        // visible only now, yet created 30 s before the newest job already reported
        API.batchJob("late", T0 + 70, "QUEUED", T0 + 70);
        poll("created");

        assertThat(mock("created").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.JOB_ID))
                .containsExactly("newest", "late");
    }

    @Test
    void succeededReportsAJobSeenQueuedWhenItEndsManyPollsLater() {
        API.batchJob("job-1", T0, "QUEUED", T0);
        poll("succeeded");
        API.batchJob("job-1", T0, "RUNNING", T0 + 60);
        poll("succeeded");
        poll("succeeded");
        API.batchJob("job-1", T0, "SUCCESS", T0 + 600);
        poll("succeeded");
        poll("succeeded");

        assertThat(transitions(mock("succeeded").getExchanges())).containsExactly("job-1:RUNNING>SUCCESS");
        assertThat(mock("succeeded").getExchanges().get(0).getMessage().getHeaders())
                .containsEntry(MistralConstants.EVENT_TYPE, "batch_job.succeeded")
                .containsEntry(MistralConstants.EVENT_ID, "batch_job.succeeded:job-1");
        assertThat(mock("succeeded").getExchanges().get(0).getMessage().getBody(BatchJob.class).outputFile())
                .isEqualTo("out-job-1");
    }

    @Test
    void includeResultsStreamsTheResultsAsTypedLines() {
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v1/files/out-r/content"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withBody("{\"custom_id\":\"1\",\"response\":{\"status_code\":200,\"body\":{}}}\n"
                                  + "{\"custom_id\":\"2\",\"response\":{\"status_code\":200,\"body\":{}}}\n")));
        API.batchJob("r", T0, "RUNNING", T0);
        poll("results");
        API.batchJob("r", T0, "SUCCESS", T0 + 5);
        poll("results");

        assertThat(mock("results").getExchanges()).extracting(e -> e.getMessage().getBody(String.class))
                .containsExactly("1:200", "2:200");
    }

    @Test
    void failedCoversFailedAndTimeoutWithTheExactStatus() {
        API.batchJob("f", T0, "RUNNING", T0);
        API.batchJob("t", T0 + 1, "QUEUED", T0 + 1);
        API.batchJob("c", T0 + 2, "QUEUED", T0 + 2);
        poll("failed");
        API.batchJob("t", T0 + 1, "TIMEOUT_EXCEEDED", T0 + 50);
        API.batchJob("f", T0, "FAILED", T0 + 60);
        API.batchJob("c", T0 + 2, "CANCELLED", T0 + 70);
        poll("failed");
        poll("failed");

        // in the order they ended
        assertThat(transitions(mock("failed").getExchanges())).containsExactly("t:QUEUED>TIMEOUT_EXCEEDED", "f:RUNNING>FAILED");
        assertThat(mock("failed").getExchanges()).allSatisfy(e -> assertThat(
                e.getMessage().getHeader(MistralConstants.EVENT_TYPE)).isEqualTo("batch_job.failed"));
    }

    @Test
    void cancelledAfterCancellationWasRequested() {
        API.batchJob("c", T0, "RUNNING", T0);
        poll("cancelled");
        API.batchJob("c", T0, "CANCELLATION_REQUESTED", T0 + 10);
        poll("cancelled");
        API.batchJob("c", T0, "CANCELLED", T0 + 20);
        poll("cancelled");

        assertThat(transitions(mock("cancelled").getExchanges())).containsExactly("c:CANCELLATION_REQUESTED>CANCELLED");
    }

    @Test
    void statusChangedReportsEveryTransitionItCanSee() {
        poll("statusChanged");
        API.batchJob("j", T0, "QUEUED", T0);
        poll("statusChanged");
        API.batchJob("j", T0, "RUNNING", T0 + 10);
        poll("statusChanged");
        // RUNNING -> CANCELLATION_REQUESTED -> CANCELLED between two polls: a batch job keeps no history
        API.batchJob("j", T0, "CANCELLATION_REQUESTED", T0 + 20);
        API.batchJob("j", T0, "CANCELLED", T0 + 30);
        poll("statusChanged");
        poll("statusChanged");

        assertThat(transitions(mock("statusChanged").getExchanges()))
                .containsExactly("j:>QUEUED", "j:QUEUED>RUNNING", "j:RUNNING>CANCELLED");
        assertThat(mock("statusChanged").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.EVENT_ID))
                .containsExactly("batch_job.status_changed:j:>QUEUED", "batch_job.status_changed:j:QUEUED>RUNNING",
                        "batch_job.status_changed:j:RUNNING>CANCELLED");
    }

    @Test
    void aJobAlreadyFinishedAtFirstSightIsReportedOnce() {
        poll("succeeded");
        API.batchJob("quick", T0, "SUCCESS", T0 + 5);
        poll("succeeded");
        poll("succeeded");

        assertThat(transitions(mock("succeeded").getExchanges())).containsExactly("quick:>SUCCESS");
    }

    @Test
    void startFromNowPrimesSilentlyAndStartFromBeginningEmitsTheBacklog() {
        API.batchJob("done", T0, "SUCCESS", T0 + 5);
        API.batchJob("open", T0 + 1, "QUEUED", T0 + 1);
        poll("succeeded");
        poll("backlog");
        API.batchJob("open", T0 + 1, "SUCCESS", T0 + 9);
        poll("succeeded");
        poll("backlog");

        assertThat(transitions(mock("succeeded").getExchanges())).containsExactly("open:QUEUED>SUCCESS");
        assertThat(transitions(mock("backlog").getExchanges())).containsExactly("done:>SUCCESS", "open:QUEUED>SUCCESS");
    }

    @Test
    void anExchangeMarkedRollbackOnlyIsDeliveredAgainOnTheNextPoll() {
        API.batchJob("a", T0, "QUEUED", T0);
        poll("rollback");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        rollbacks.set(1);
        poll("rollback");
        assertThat(mock("rollback").getExchanges()).isEmpty();

        poll("rollback");
        poll("rollback");

        assertThat(transitions(mock("rollback").getExchanges())).containsExactly("a:QUEUED>SUCCESS");
    }

    @Test
    void aFailedExchangeIsDeliveredAgainOnTheNextPollAndNotAfterItSucceeded() {
        API.batchJob("a", T0, "QUEUED", T0);
        API.batchJob("b", T0 + 1, "QUEUED", T0 + 1);
        poll("flaky");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        API.batchJob("b", T0 + 1, "SUCCESS", T0 + 20);
        routeFailures.set(1);
        poll("flaky"); // a fails; b, another job, does not wait behind it
        assertThat(transitions(mock("flaky").getExchanges())).containsExactly("b:QUEUED>SUCCESS");
        poll("flaky");
        poll("flaky");

        assertThat(transitions(mock("flaky").getExchanges())).containsExactly("b:QUEUED>SUCCESS", "a:QUEUED>SUCCESS");
    }

    @Test
    void anApiErrorWithinThePollIsRetriedThere() {
        API.batchJob("a", T0, "QUEUED", T0);
        poll("succeeded");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        API.failNext(2); // maxRetries=2: the third attempt of the same request succeeds

        poll("succeeded");

        assertThat(transitions(mock("succeeded").getExchanges())).containsExactly("a:QUEUED>SUCCESS");
        assertThat(consumer(context, "succeeded").getErrorCounter()).isZero();
    }

    @Test
    void anApiErrorFailsThePollCountsItAndLosesNothing() {
        API.batchJob("a", T0, "QUEUED", T0);
        poll("succeeded");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        API.failNext(6); // both listings of the poll fail all 3 attempts: the error outlasts the poll
        poll("succeeded");

        assertThat(consumer(context, "succeeded").getErrorCounter()).isEqualTo(1);
        assertThat(mock("succeeded").getExchanges()).isEmpty();

        poll("succeeded");
        assertThat(transitions(mock("succeeded").getExchanges())).containsExactly("a:QUEUED>SUCCESS");
        assertThat(consumer(context, "succeeded").getErrorCounter()).isZero();
    }

    @Test
    void aDeletedOpenJobIsDroppedWithoutAnEvent() {
        API.batchJob("gone", T0, "QUEUED", T0);
        poll("statusChanged");
        API.delete("gone");
        poll("statusChanged");
        API.batchJob("gone", T0, "SUCCESS", T0 + 5); // would be reported if it were still tracked
        poll("statusChanged");

        assertThat(mock("statusChanged").getExchanges()).isEmpty();
    }

    @Test
    void pagingWhileNewJobsArriveReportsEveryJobOnce() {
        poll("paged");
        for (int i = 0; i < 5; i++) {
            API.batchJob("j" + i, T0 + i, "QUEUED", T0 + i);
        }
        AtomicInteger created = new AtomicInteger();
        API.onRequest(request -> {
            if (request.getUrl().contains("page=1&") && created.getAndIncrement() == 0) {
                API.batchJob("arrived-while-paging", T0 + 10, "QUEUED", T0 + 10);
            }
        });
        poll("paged");
        poll("paged");

        assertThat(mock("paged").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.JOB_ID))
                .containsExactly("j0", "j1", "j2", "j3", "j4", "arrived-while-paging");
    }

    @Test
    void aPollCostsRequestsForTheOpenJobsNotForTheAccountsHistory() {
        for (int i = 0; i < 3000; i++) {
            API.batchJob("old-" + i, T0 + i, "SUCCESS", T0 + i + 1);
        }
        API.batchJob("open-1", T0 + 5000, "RUNNING", T0 + 5000);
        API.batchJob("open-2", T0 + 5001, "QUEUED", T0 + 5001);
        poll("succeeded"); // the first start reads the history once

        wireMock.resetRequests();
        poll("succeeded");
        // one page of new jobs since the watermark, one page of open jobs
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(2);

        API.batchJob("open-1", T0 + 5000, "SUCCESS", T0 + 6000);
        wireMock.resetRequests();
        poll("succeeded");
        // plus one GET for the job that left the open list
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/batch/jobs/open-1")));
        assertThat(transitions(mock("succeeded").getExchanges())).containsExactly("open-1:RUNNING>SUCCESS");
    }

    @Test
    void aJobFinishedAtFirstSightWhoseExchangeFailedIsDeliveredAgainAfterALaterJobWasRecorded() {
        poll("failOnce");
        // both already finished when first seen; c ended before b, so its event comes first and is recorded
        API.batchJob("b", T0 + 1, "SUCCESS", T0 + 5);
        API.batchJob("c", T0 + 2, "SUCCESS", T0 + 3);
        failOnce.add("b");
        poll("failOnce");
        assertThat(transitions(mock("failOnce").getExchanges())).containsExactly("c:>SUCCESS");
        poll("failOnce");
        poll("failOnce");

        assertThat(transitions(mock("failOnce").getExchanges())).containsExactly("c:>SUCCESS", "b:>SUCCESS");
    }

    @Test
    void aFailedExchangeIsNotLostWhenAJobCreatedLongAfterItWasRecordedFirst() {
        poll("failOnce");
        // created an hour apart, found in the same poll: e (the later one) ended first
        API.batchJob("b", T0, "SUCCESS", T0 + 7200);
        API.batchJob("e", T0 + 3600, "SUCCESS", T0 + 3700);
        failOnce.add("b");
        poll("failOnce");
        assertThat(transitions(mock("failOnce").getExchanges())).containsExactly("e:>SUCCESS");
        poll("failOnce");
        poll("failOnce");

        assertThat(transitions(mock("failOnce").getExchanges())).containsExactly("e:>SUCCESS", "b:>SUCCESS");
    }
}
