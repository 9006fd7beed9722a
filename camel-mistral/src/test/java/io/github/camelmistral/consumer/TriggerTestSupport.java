package io.github.camelmistral.consumer;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmistral.MistralConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Trigger routes against {@link FakeJobsApi}. Routes start with {@code startScheduler=false}; a test polls by hand
 * ({@link #poll}), so every step is deterministic.
 */
public abstract class TriggerTestSupport extends CamelTestSupport {

    protected static final FakeJobsApi API = new FakeJobsApi();

    @RegisterExtension
    protected static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(API))
            .build();

    /** A fixed "long ago" so that job times never depend on the test machine's clock. */
    protected static final long T0 = 1_760_000_000L;

    @BeforeEach
    void stubFakeApi() {
        API.reset();
        wireMock.stubFor(any(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withTransformers(FakeJobsApi.NAME)));
    }

    /** A trigger URI on the fake API, polled only by {@link #poll}; retries back off for milliseconds only. */
    protected static String trigger(String api, String options) {
        return "mistral:" + api + "?baseUrl=" + wireMock.baseUrl() + "&apiKey=RAW(sk-test-SECRET-4f7c2a9b)"
               + "&startScheduler=false&retryInitialDelay=5&" + options;
    }

    /** Runs one poll of the route's trigger, as the scheduler would, on the test thread. */
    protected static void poll(CamelContext context, String routeId) {
        ((ScheduledPollConsumer) context.getRoute(routeId).getConsumer()).run();
    }

    protected void poll(String routeId) {
        poll(context, routeId);
    }

    protected static ScheduledPollConsumer consumer(CamelContext context, String routeId) {
        return (ScheduledPollConsumer) context.getRoute(routeId).getConsumer();
    }

    /** {@code jobId:previous>status} of each exchange, for compact assertions on what was delivered. */
    protected static List<String> transitions(List<Exchange> exchanges) {
        return exchanges.stream().map(exchange -> exchange.getMessage().getHeader(MistralConstants.JOB_ID) + ":"
                                                  + exchange.getMessage().getHeader(MistralConstants.PREVIOUS_STATUS, "", String.class) + ">"
                                                  + exchange.getMessage().getHeader(MistralConstants.JOB_STATUS))
                .toList();
    }
}
