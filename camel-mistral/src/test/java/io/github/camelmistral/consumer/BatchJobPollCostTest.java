package io.github.camelmistral.consumer;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: what a batch job trigger costs per poll on an account with 10,000 finished jobs and 50 open ones, as the
 * guide states it ("Polling triggers: what each poll does and costs"): the first start with {@code startFrom=now}
 * makes three listings (more pages only for the open jobs), a steady poll one page of new jobs plus the pages of the
 * open jobs, plus one GET per job that ended; none of it grows with the history.
 */
class BatchJobPollCostTest extends TriggerTestSupport {

    private static final int HISTORY = 10_000;
    private static final int OPEN = 50;
    private static final long OPEN_FROM = T0 + HISTORY * 10L;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("batchJob", "event=succeeded&stateKey=defaultPages")).routeId("defaultPages")
                        .to("mock:defaultPages");
                from(trigger("batchJob", "event=succeeded&stateKey=smallPages&pageSize=20")).routeId("smallPages")
                        .to("mock:smallPages");
            }
        };
    }

    @BeforeEach
    void anAccountWithAHistory() {
        for (int i = 0; i < HISTORY; i++) {
            API.batchJob("old-" + i, T0 + i * 10L, "SUCCESS", T0 + i * 10L + 5);
        }
        for (int i = 0; i < OPEN; i++) {
            API.batchJob("open-" + i, OPEN_FROM + i * 10L, "RUNNING", OPEN_FROM + i * 10L);
        }
    }

    /** The requests one poll of the route makes. */
    private static List<String> requestsOfOnePoll(CamelContext context, String routeId) {
        wireMock.resetRequests();
        poll(context, routeId);
        return wireMock.findAll(anyRequestedFor(anyUrl())).stream().map(LoggedRequest::getUrl).toList();
    }

    private void endFiveAndCreateThree() {
        for (int i = 0; i < 5; i++) {
            API.batchJob("open-" + i, OPEN_FROM + i * 10L, "SUCCESS", OPEN_FROM + 1000 + i);
        }
        for (int i = 0; i < 3; i++) {
            API.batchJob("new-" + i, OPEN_FROM + OPEN * 10L + i, "QUEUED", OPEN_FROM + OPEN * 10L + i);
        }
    }

    @Test
    void withTheDefaultPageSizeAPollCostsTwoRequestsPlusOneGetPerJobThatEnded() {
        List<String> firstStart = requestsOfOnePoll(context, "defaultPages");
        // the newest job, the jobs in the overlap before it, the open jobs: three listings, no history
        assertThat(firstStart).hasSize(3);
        assertThat(firstStart).filteredOn(url -> url.contains("order_by=-created") && url.contains("page_size=1"))
                .hasSize(1);
        assertThat(firstStart).noneMatch(url -> url.contains("page=1"));

        assertThat(requestsOfOnePoll(context, "defaultPages")).hasSize(2); // new jobs, open jobs: one page each

        endFiveAndCreateThree();
        List<String> afterChanges = requestsOfOnePoll(context, "defaultPages");
        assertThat(afterChanges).hasSize(2 + 5);
        assertThat(afterChanges).filteredOn(url -> url.matches("/v1/batch/jobs/open-[0-4]")).hasSize(5);
        assertThat(getMockEndpoint("mock:defaultPages").getExchanges()).hasSize(5);

        assertThat(requestsOfOnePoll(context, "defaultPages")).hasSize(2);
    }

    @Test
    void theOpenJobsCostOnePagePerPageSizeJobs() {
        // pageSize=20: the 50 open jobs take 3 pages, the newest job and its overlap one request each
        assertThat(requestsOfOnePoll(context, "smallPages")).hasSize(1 + 1 + 3);
        assertThat(requestsOfOnePoll(context, "smallPages")).hasSize(1 + 3);

        endFiveAndCreateThree(); // 48 jobs open: still 3 pages
        assertThat(requestsOfOnePoll(context, "smallPages")).hasSize(1 + 3 + 5);
        assertThat(requestsOfOnePoll(context, "smallPages")).hasSize(1 + 3);
        assertThat(getMockEndpoint("mock:smallPages").getExchanges()).hasSize(5);
    }
}
