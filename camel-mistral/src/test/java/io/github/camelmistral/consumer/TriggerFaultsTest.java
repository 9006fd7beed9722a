package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12: triggers under faults and at scale. Partial progress when one confirmation fails, a failing exchange
 * that holds back only its own resource, giving up after {@code maxDeliveryAttempts}, results that cannot be read,
 * {@code maxMessagesPerPoll}, one state write per poll, and a cheap first start.
 */
class TriggerFaultsTest extends TriggerTestSupport {

    /** Job ids whose exchange fails for as long as they are in the set. */
    private final Set<String> failing = new HashSet<>();
    private final CountingStateRepository counting = new CountingStateRepository();
    private final List<String> givenUp = new CopyOnWriteArrayList<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("counting", counting);
        context.getRegistry().bind("givenUp", (ExceptionHandler) new RecordingExceptionHandler(givenUp));
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(trigger("batchJob", "event=succeeded&stateKey=partial")).routeId("partial").to("mock:partial");
                from(trigger("batchJob", "event=succeeded&stateKey=fragile&maxDeliveryAttempts=3"
                                         + "&exceptionHandler=#givenUp")).routeId("fragile")
                        .process(TriggerFaultsTest.this::failWhileMarked).to("mock:fragile");
                from(trigger("fineTuningJob", "event=statusChanged&stateKey=perJob")).routeId("perJob")
                        .process(TriggerFaultsTest.this::failWhileMarked).to("mock:perJob");
                from(trigger("batchJob", "event=created&maxMessagesPerPoll=2&stateKey=batched")).routeId("batched")
                        .to("mock:batched");
                from(trigger("batchJob", "event=succeeded&includeResults=true&stateKey=results")).routeId("results")
                        .to("mock:results");
                from(trigger("batchJob", "event=created&startFrom=beginning&stateRepository=#counting"))
                        .routeId("counted").to("mock:counted");
                from(trigger("batchJob", "event=succeeded&stateKey=primed&pageSize=100")).routeId("primed")
                        .to("mock:primed");
                from(trigger("file", "event=deleted&pollConcurrency=1")).routeId("fileDeleted").to("mock:fileDeleted");
            }
        };
    }

    private void failWhileMarked(Exchange exchange) {
        String id = exchange.getMessage().getHeader(MistralConstants.JOB_ID, String.class);
        String eventId = exchange.getMessage().getHeader(MistralConstants.EVENT_ID, String.class);
        if (failing.contains(id) || failing.contains(eventId)) {
            throw new IllegalStateException("downstream system refuses " + eventId);
        }
    }

    private MockEndpoint mock(String name) {
        return getMockEndpoint("mock:" + name);
    }

    @Test
    void aFailedConfirmationHoldsBackOnlyTheJobItConfirmsAndThePollCountsAsFailed() {
        API.batchJob("a", T0, "RUNNING", T0);
        API.batchJob("b", T0 + 1, "RUNNING", T0 + 1);
        poll("partial");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        API.batchJob("b", T0 + 1, "SUCCESS", T0 + 20);
        API.failAlways("/v1/batch/jobs/a"); // the GET that would tell how a ended fails, retries included

        poll("partial");
        assertThat(transitions(mock("partial").getExchanges())).containsExactly("b:RUNNING>SUCCESS");
        assertThat(consumer(context, "partial").getErrorCounter()).isEqualTo(1);

        poll("partial"); // still failing: b is not delivered again, a still waits
        assertThat(transitions(mock("partial").getExchanges())).containsExactly("b:RUNNING>SUCCESS");

        API.heal("/v1/batch/jobs/a");
        poll("partial");
        poll("partial");
        assertThat(transitions(mock("partial").getExchanges())).containsExactly("b:RUNNING>SUCCESS", "a:RUNNING>SUCCESS");
        assertThat(consumer(context, "partial").getErrorCounter()).isZero();
    }

    private static void listedFiles(String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() > 0 ? "," : "").append("{\"id\":\"").append(id).append("\",\"object\":\"file\",")
                    .append("\"bytes\":1,\"created_at\":").append(T0).append(",\"filename\":\"f\",\"purpose\":\"batch\"}");
        }
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"list\",\"total\":" + ids.length + ",\"data\":[" + data + "]}")));
    }

    @Test
    void aDeletionThatCannotBeConfirmedWaitsWhileTheOthersAreDeliveredOneGetAtATime() {
        listedFiles("a", "b", "c");
        poll("fileDeleted");
        listedFiles(); // all three gone from the list; a's GET fails, b and c answer 404
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/a")).willReturn(aResponse().withStatus(500)
                .withBody("{\"message\":\"outage\"}")));
        for (String id : new String[] { "b", "c" }) {
            wireMock.stubFor(get(urlPathEqualTo("/v1/files/" + id)).willReturn(aResponse().withStatus(404)
                    .withBody("{\"message\":\"not found\"}")));
        }

        poll("fileDeleted");
        assertThat(mock("fileDeleted").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.FILE_ID))
                .containsExactlyInAnyOrder("b", "c");
        assertThat(consumer(context, "fileDeleted").getErrorCounter()).isEqualTo(1);

        wireMock.stubFor(get(urlPathEqualTo("/v1/files/a")).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"not found\"}")));
        poll("fileDeleted");
        poll("fileDeleted");
        assertThat(mock("fileDeleted").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.FILE_ID))
                .containsExactlyInAnyOrder("b", "c", "a");
        assertThat(mock("fileDeleted").getExchanges().get(2).getMessage().getHeader(MistralConstants.FILE_ID))
                .isEqualTo("a");
    }

    @Test
    void aPollConcurrencyBelowOneIsRefusedAtStartup() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("fineTuningJob", "event=succeeded&pollConcurrency=0")).to("mock:never");
            }
        })).hasStackTraceContaining("pollConcurrency is the number of confirmation requests in flight at once, at least 1");
    }

    @Test
    void aFailingExchangeHoldsBackOnlyItsOwnJobAndIsGivenUpAfterMaxDeliveryAttempts() {
        API.batchJob("a", T0, "RUNNING", T0);
        API.batchJob("b", T0 + 1, "RUNNING", T0 + 1);
        poll("fragile");
        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        API.batchJob("b", T0 + 1, "SUCCESS", T0 + 20);
        failing.add("a");

        poll("fragile"); // a fails (1), b goes on
        assertThat(transitions(mock("fragile").getExchanges())).containsExactly("b:RUNNING>SUCCESS");
        poll("fragile"); // a fails (2)
        assertThat(givenUp).isEmpty();
        poll("fragile"); // a fails (3 = maxDeliveryAttempts): handed to the exception handler, recorded
        assertThat(givenUp).singleElement().satisfies(message -> assertThat(message)
                .contains("batch_job.succeeded:a").contains("3 failed deliveries")
                .contains("downstream system refuses batch_job.succeeded:a"));

        failing.clear();
        poll("fragile");
        assertThat(transitions(mock("fragile").getExchanges())).containsExactly("b:RUNNING>SUCCESS");
    }

    @Test
    void theTransitionsOfOneJobKeepTheirOrderWhenOneFails() {
        API.fineTuningJob("x", T0, "QUEUED", T0);
        API.fineTuningJob("y", T0 + 1, "QUEUED", T0 + 1);
        poll("perJob");
        API.fineTuningJob("x", T0, "RUNNING", T0 + 10);
        API.fineTuningJob("x", T0, "SUCCESS", T0 + 20);
        API.fineTuningJob("y", T0 + 1, "RUNNING", T0 + 30);
        failing.add("fine_tuning_job.status_changed:x:QUEUED>RUNNING@" + (T0 + 10));

        poll("perJob"); // x's first transition fails: its second waits behind it, y goes on
        assertThat(transitions(mock("perJob").getExchanges())).containsExactly("y:QUEUED>RUNNING");

        failing.clear();
        poll("perJob");
        poll("perJob");
        assertThat(transitions(mock("perJob").getExchanges()))
                .containsExactly("y:QUEUED>RUNNING", "x:QUEUED>RUNNING", "x:RUNNING>SUCCESS");
    }

    @Test
    void aSucceededJobWhoseOutputFileIsGoneIsDeliveredWithTheErrorAndDoesNotBlockLaterOnes() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/out-gone/content")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"error\",\"message\":\"No file found\",\"type\":\"not_found\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/out-ok/content")).willReturn(aResponse().withStatus(200)
                .withBody("{\"custom_id\":\"1\",\"response\":{\"status_code\":200,\"body\":{}}}\n")));
        API.batchJob("gone", T0, "RUNNING", T0);
        API.batchJob("ok", T0 + 1, "RUNNING", T0 + 1);
        poll("results");
        API.batchJob("gone", T0, "SUCCESS", T0 + 10);
        API.batchJob("ok", T0 + 1, "SUCCESS", T0 + 20);

        poll("results");
        poll("results");

        assertThat(transitions(mock("results").getExchanges())).containsExactly("gone:RUNNING>SUCCESS", "ok:RUNNING>SUCCESS");
        assertThat(mock("results").getExchanges().get(0).getMessage().getHeaders())
                .doesNotContainKey(MistralConstants.BATCH_RESULTS)
                .hasEntrySatisfying(MistralConstants.BATCH_RESULTS_ERROR,
                        error -> assertThat((String) error).contains("No file found"));
        assertThat(mock("results").getExchanges().get(1).getMessage().getHeaders())
                .containsKey(MistralConstants.BATCH_RESULTS)
                .doesNotContainKey(MistralConstants.BATCH_RESULTS_ERROR);
    }

    @Test
    void maxMessagesPerPollDeliversBatchesWithCamelsBatchProperties() {
        poll("batched");
        for (int i = 0; i < 5; i++) {
            API.batchJob("j" + i, T0 + i, "QUEUED", T0 + i);
        }

        poll("batched");
        assertThat(mock("batched").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.JOB_ID))
                .containsExactly("j0", "j1");
        assertThat(mock("batched").getExchanges()).extracting(
                e -> e.getProperty(Exchange.BATCH_INDEX) + "/" + e.getProperty(Exchange.BATCH_SIZE) + "/"
                     + e.getProperty(Exchange.BATCH_COMPLETE))
                .containsExactly("0/2/false", "1/2/true");
        poll("batched");
        poll("batched");
        poll("batched");

        assertThat(mock("batched").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.JOB_ID))
                .containsExactly("j0", "j1", "j2", "j3", "j4");
        assertThat(mock("batched").getExchanges().get(4).getProperty(Exchange.BATCH_COMPLETE)).isEqualTo(true);
    }

    @Test
    void theStateIsWrittenOncePerPollNotOncePerEvent() {
        int jobs = 2000;
        for (int i = 0; i < jobs; i++) {
            API.batchJob("batch-job-" + i, T0 + i, "SUCCESS", T0 + i + 1);
        }

        poll("counted"); // startFrom=beginning: the whole backlog in one poll

        assertThat(mock("counted").getExchanges()).hasSize(jobs);
        assertThat(counting.writes()).isEqualTo(1);
        String stored = counting.getState("mistral:batchJob:created");
        assertThat(counting.bytesWritten()).isEqualTo(stored.length());
        assertThat(stored).startsWith(TriggerState.FORMAT_2);

        counting.resetCounts();
        poll("counted"); // nothing changed: nothing written
        assertThat(counting.writes()).isZero();
    }

    @Test
    void startFromNowPrimesFromTheNewestJobAndTheOpenOnesWithoutReadingTheHistory() {
        for (int i = 0; i < 3000; i++) {
            API.batchJob("old-" + i, T0 + i, "SUCCESS", T0 + i + 1);
        }
        API.batchJob("long-running", T0 + 10, "RUNNING", T0 + 10);
        API.batchJob("newest", T0 + 5000, "QUEUED", T0 + 5000);

        poll("primed");
        // the newest job (one item, newest first), the jobs in the overlap before it, the open jobs
        List<String> urls = new ArrayList<>();
        wireMock.findAll(anyRequestedFor(anyUrl())).forEach(request -> urls.add(request.getUrl()));
        assertThat(urls).hasSize(3);
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/batch/jobs")).withQueryParam("order_by", equalTo("-created"))
                .withQueryParam("page_size", equalTo("1")));
        assertThat(mock("primed").getExchanges()).isEmpty();

        API.batchJob("long-running", T0 + 10, "SUCCESS", T0 + 6000);
        API.batchJob("newest", T0 + 5000, "SUCCESS", T0 + 6001);
        poll("primed");
        poll("primed");
        assertThat(transitions(mock("primed").getExchanges()))
                .containsExactly("long-running:RUNNING>SUCCESS", "newest:QUEUED>SUCCESS");
    }

    /** Records what the consumer hands to its exception handler. */
    private record RecordingExceptionHandler(List<String> messages) implements ExceptionHandler {

        @Override
        public void handleException(Throwable exception) {
            handleException(null, null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            messages.add(message + ": " + exception.getMessage());
        }
    }
}
