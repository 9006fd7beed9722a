package io.github.camelmistral.consumer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.files.MistralFile;
import io.github.camelmistral.api.models.ModelCard;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, correctness: resources without a creation time, state keys that follow the filters, fine-tuning event ids
 * unique per occurrence, and jobs in statuses the trigger cannot follow.
 */
class TriggerCorrectnessTest extends TriggerTestSupport {

    private final MemoryStateRepository shared = new MemoryStateRepository();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("shared", shared);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("model", "event=created")).routeId("modelCreated").to("mock:modelCreated");
                from(trigger("file", "event=uploaded&purpose=batch&stateRepository=#shared")).routeId("batchFiles")
                        .to("mock:batchFiles");
                from(trigger("file", "event=uploaded&purpose=ocr&stateRepository=#shared")).routeId("ocrFiles")
                        .to("mock:ocrFiles");
                from(trigger("fineTuningJob", "event=statusChanged")).routeId("ftChanges").to("mock:ftChanges");
                from(trigger("fineTuningJob", "event=cancelled&stateRepository=#shared")).routeId("ftCancelled")
                        .to("mock:ftCancelled");
                from(trigger("batchJob", "event=statusChanged")).routeId("batchChanges").to("mock:batchChanges");
            }
        };
    }

    private MockEndpoint mock(String name) {
        return getMockEndpoint("mock:" + name);
    }

    private static String model(String id, boolean withCreated) {
        return "{\"id\":\"" + id + "\",\"object\":\"model\"," + (withCreated ? "\"created\":" + T0 + "," : "")
               + "\"type\":\"fine-tuned\",\"archived\":false,\"job\":\"job-1\",\"root\":\"open-mistral-7b\"}";
    }

    @Test
    void aModelListedWithoutCreatedIsReportedOnceNotAtEveryPoll() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/models"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[" + model("ft:a", false) + "]}")));
        poll("modelCreated");
        wireMock.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson("{\"object\":\"list\",\"data\":["
                                                                              + model("ft:a", false) + ","
                                                                              + model("ft:b", false) + "]}")));
        poll("modelCreated");
        poll("modelCreated");
        poll("modelCreated");

        assertThat(mock("modelCreated").getExchanges()).extracting(e -> e.getMessage().getBody(ModelCard.class).id())
                .containsExactly("ft:b");
    }

    private static String file(String id, String purpose) {
        return "{\"id\":\"" + id + "\",\"object\":\"file\",\"bytes\":10,\"created_at\":" + T0 + ",\"filename\":\"" + id
               + ".jsonl\",\"purpose\":\"" + purpose + "\",\"source\":\"upload\"}";
    }

    private static void files(String purpose, String... files) {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files"))
                .withQueryParam("purpose", com.github.tomakehurst.wiremock.client.WireMock.equalTo(purpose))
                .willReturn(okJson("{\"object\":\"list\",\"total\":" + files.length + ",\"data\":["
                                   + String.join(",", files) + "]}")));
    }

    @Test
    void twoTriggersWithDifferentFiltersSharingARepositoryKeepSeparateStates() {
        files("batch", file("b1", "batch"));
        files("ocr", file("o1", "ocr"));
        poll("batchFiles");
        poll("ocrFiles");
        files("batch", file("b1", "batch"), file("b2", "batch"));
        files("ocr", file("o1", "ocr"), file("o2", "ocr"));
        poll("batchFiles");
        poll("ocrFiles");
        poll("batchFiles");
        poll("ocrFiles");

        assertThat(mock("batchFiles").getExchanges()).extracting(e -> e.getMessage().getBody(MistralFile.class).id())
                .containsExactly("b2");
        assertThat(mock("ocrFiles").getExchanges()).extracting(e -> e.getMessage().getBody(MistralFile.class).id())
                .containsExactly("o2");
        assertThat(shared.getState("mistral:file:uploaded:purpose:batch")).isNotNull();
        assertThat(shared.getState("mistral:file:uploaded:purpose:ocr")).isNotNull();
    }

    @Test
    void aFineTuningTransitionThatHappensTwiceHasTwoEventIds() {
        API.fineTuningJob("ft", T0, "QUEUED", T0);
        poll("ftChanges");
        API.fineTuningJob("ft", T0, "RUNNING", T0 + 10);
        poll("ftChanges");
        API.fineTuningJob("ft", T0, "QUEUED", T0 + 20); // requeued, e.g. after a node failure
        poll("ftChanges");
        API.fineTuningJob("ft", T0, "RUNNING", T0 + 30);
        poll("ftChanges");

        assertThat(transitions(mock("ftChanges").getExchanges()))
                .containsExactly("ft:QUEUED>RUNNING", "ft:RUNNING>QUEUED", "ft:QUEUED>RUNNING");
        assertThat(mock("ftChanges").getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.EVENT_ID))
                .doesNotHaveDuplicates()
                .contains("fine_tuning_job.status_changed:ft:QUEUED>RUNNING@" + (T0 + 10));
    }

    @Test
    void aJobInAStatusTheTriggerDoesNotKnowIsReportedOnceAndNoLongerAskedAbout() {
        API.batchJob("p", T0, "RUNNING", T0);
        poll("batchChanges");
        API.batchJob("p", T0, "PAUSED_BY_A_FUTURE_API", T0 + 10);
        poll("batchChanges");
        assertThat(transitions(mock("batchChanges").getExchanges())).containsExactly("p:RUNNING>PAUSED_BY_A_FUTURE_API");

        wireMock.resetRequests();
        poll("batchChanges");
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/v1/batch/jobs/p")));
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(1); // the listing of new jobs only
    }

    @Test
    void aJobValidatedForMoreThanSevenDaysIsNoLongerAskedAbout() {
        long eightDaysAgo = System.currentTimeMillis() / 1000 - 8 * 24 * 3600;
        // a state stored in format 1 by an older version, plus the time the status was recorded
        shared.setState("mistral:fineTuningJob:cancelled", "{\"watermark\":" + T0 + ",\"seen\":{},\"open\":{"
                                                           + "\"w\":{\"status\":\"VALIDATED\",\"createdAt\":" + T0
                                                           + ",\"since\":" + T0 + ",\"recordedAt\":" + eightDaysAgo
                                                           + "},\"fresh\":{\"status\":\"VALIDATED\",\"createdAt\":" + T0
                                                           + ",\"since\":" + T0 + ",\"recordedAt\":"
                                                           + (eightDaysAgo + 7 * 24 * 3600) + "}}}");
        API.fineTuningJob("w", T0, "VALIDATED", T0);
        API.fineTuningJob("fresh", T0, "VALIDATED", T0);
        poll("ftCancelled");
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/v1/fine_tuning/jobs/w")));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/fine_tuning/jobs/fresh")));

        API.fineTuningJob("w", T0, "CANCELLED", T0 + 100);
        API.fineTuningJob("fresh", T0, "CANCELLED", T0 + 100);
        poll("ftCancelled");
        assertThat(transitions(mock("ftCancelled").getExchanges())).containsExactly("fresh:VALIDATED>CANCELLED");
    }
}
