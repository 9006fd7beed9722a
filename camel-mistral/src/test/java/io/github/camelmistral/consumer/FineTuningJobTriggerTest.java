package io.github.camelmistral.consumer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.finetuning.FineTuningJob;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class FineTuningJobTriggerTest extends TriggerTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String event : new String[] { "created", "succeeded", "failed", "cancelled", "statusChanged" }) {
                    from(trigger("fineTuningJob", "event=" + event)).routeId(event).to("mock:" + event);
                }
            }
        };
    }

    private MockEndpoint mock(String name) {
        return getMockEndpoint("mock:" + name);
    }

    @Test
    void statusChangedRebuildsSeveralTransitionsBetweenTwoPollsFromTheJobsEvents() {
        API.fineTuningJob("ft", T0, "QUEUED", T0);
        poll("statusChanged");
        API.fineTuningJob("ft", T0, "VALIDATING", T0 + 10);
        API.fineTuningJob("ft", T0, "VALIDATED", T0 + 20);
        API.fineTuningJob("ft", T0, "RUNNING", T0 + 30);
        poll("statusChanged");
        API.fineTuningJob("ft", T0, "SUCCESS", T0 + 40);
        poll("statusChanged");
        poll("statusChanged");

        assertThat(transitions(mock("statusChanged").getExchanges())).containsExactly(
                "ft:QUEUED>VALIDATING", "ft:VALIDATING>VALIDATED", "ft:VALIDATED>RUNNING", "ft:RUNNING>SUCCESS");
        assertThat(mock("statusChanged").getExchanges().get(3).getMessage().getHeader(MistralConstants.EVENT_TYPE))
                .isEqualTo("fine_tuning_job.status_changed");
    }

    @Test
    void succeededCarriesTheFineTunedModel() {
        API.fineTuningJob("ft", T0, "RUNNING", T0);
        poll("succeeded");
        API.fineTuningJob("ft", T0, "SUCCESS", T0 + 100);
        poll("succeeded");

        assertThat(mock("succeeded").getExchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.getMessage().getBody(FineTuningJob.class).fineTunedModel()).isEqualTo("ft:open-mistral-7b:ft");
            assertThat(exchange.getMessage().getHeaders())
                    .containsEntry(MistralConstants.EVENT_TYPE, "fine_tuning_job.succeeded")
                    .containsEntry(MistralConstants.EVENT_ID, "fine_tuning_job.succeeded:ft")
                    .containsEntry(MistralConstants.PREVIOUS_STATUS, "RUNNING");
        });
    }

    @Test
    void failedCoversFailedValidationAndFailed() {
        API.fineTuningJob("v", T0, "VALIDATING", T0);
        API.fineTuningJob("r", T0 + 1, "RUNNING", T0 + 1);
        poll("failed");
        API.fineTuningJob("r", T0 + 1, "FAILED", T0 + 30);
        API.fineTuningJob("v", T0, "FAILED_VALIDATION", T0 + 20);
        poll("failed");

        assertThat(transitions(mock("failed").getExchanges())).containsExactly("v:VALIDATING>FAILED_VALIDATION",
                "r:RUNNING>FAILED");
    }

    @Test
    void aValidatedJobWaitingForStartStaysOpen() {
        API.fineTuningJob("w", T0, "VALIDATED", T0);
        poll("cancelled");
        poll("cancelled");
        API.fineTuningJob("w", T0, "CANCELLED", T0 + 3600);
        poll("cancelled");

        assertThat(transitions(mock("cancelled").getExchanges())).containsExactly("w:VALIDATED>CANCELLED");
    }

    @Test
    void createdListsAClosedWindowAndReportsEachJobOnce() {
        poll("created");
        API.fineTuningJob("n1", T0 + 5, "QUEUED", T0 + 5);
        API.fineTuningJob("n2", T0 + 3, "QUEUED", T0 + 3);
        poll("created");
        poll("created");

        assertThat(mock("created").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.JOB_ID))
                .containsExactly("n2", "n1");
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/fine_tuning/jobs"))
                .withQueryParam("created_after", matching(".+"))
                .withQueryParam("created_before", matching(".+")));
    }

    @Test
    void aPollGetsEachOpenJobOnceAndNothingElse() {
        for (int i = 0; i < 500; i++) {
            API.fineTuningJob("old-" + i, T0 + i, "SUCCESS", T0 + i + 1);
        }
        API.fineTuningJob("open", T0 + 1000, "RUNNING", T0 + 1000);
        poll("succeeded");

        wireMock.resetRequests();
        poll("succeeded");
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(2); // the window listing and the open job
    }
}
