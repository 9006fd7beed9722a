package io.github.camelmistral.resilience;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelmistral.LogCapture;
import io.github.camelmistral.MistralComponent;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport against the simulator's fault injection on loopback: retries that end every exchange well, no
 * duplicate uploads or jobs, and the component's limits as the server sees them. Counts, never timings.
 */
class SimulatorFaultSuiteTest extends CamelTestSupport {

    private static final String KEY = "sk-fault-suite-SECRET-91d2";
    private static final String CHAT = "/v1/chat/completions";
    private static final int CALLS = 10_000;

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY);

    @RegisterExtension
    LogCapture logs = new LogCapture();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the retries are counted by the component's own metrics
        MistralComponent mistral = new MistralComponent();
        mistral.getConfiguration().setBaseUrl(sim.baseUrl());
        mistral.getConfiguration().setApiKey(KEY);
        // enough retries for a 10% fault rate, with short backoffs: the suite counts, it does not time
        mistral.getConfiguration().setMaxRetries(6);
        mistral.getConfiguration().setRetryInitialDelay(5);
        context.addComponent("mistral", mistral);
        MistralComponent limited = new MistralComponent();
        limited.getConfiguration().setBaseUrl(sim.baseUrl());
        limited.getConfiguration().setApiKey(KEY);
        limited.setMaxConcurrentRequests(4);
        context.addComponent("mistralLimited", limited);
        MistralComponent paced = new MistralComponent();
        paced.getConfiguration().setBaseUrl(sim.baseUrl());
        paced.getConfiguration().setApiKey(KEY);
        paced.getConfiguration().setRequestTimeout(1_000);
        paced.setRequestsPerSecond(10.0);
        context.addComponent("mistralPaced", paced);
        context.getRegistry().bind("meters", meters);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("mistral:chat");
                from("direct:upload").to("mistral:file?operation=upload&purpose=batch&fileName=batch.jsonl");
                from("direct:batch").to("mistral:batchJob?operation=create&model=mistral-small-latest");
                from("direct:limited").to("mistralLimited:chat");
                from("direct:paced").to("mistralPaced:chat");
            }
        };
    }

    @BeforeEach
    void debugLogging() {
        Configurator.setLevel("io.github.camelmistral", Level.DEBUG);
    }

    @AfterEach
    void defaultLogging() {
        Configurator.setLevel("io.github.camelmistral", Level.INFO);
    }

    private List<Exchange> sendAll(String uri, int count) {
        List<CompletableFuture<Exchange>> sent = new ArrayList<>(count);
        IntStream.range(0, count).forEach(i -> sent.add(template.asyncSend(uri, e -> e.getIn().setBody("Question " + i))));
        return sent.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void everyChatCallSucceedsThroughInjected429s503sAndResets() {
        // 10% of the requests fail: 4% 503, 3% connection resets, 3% 429 with a Retry-After (0 s here, so that the
        // component-wide pause after a 429 does not serialize the suite; retryAfterIsWaitedBeforeTheNextAttempt waits
        // a real one)
        sim.faults().failRate(CHAT, 0.04, 503).resetRate(CHAT, 0.03).failRate(CHAT, 0.03, 429, Duration.ZERO);

        List<Exchange> results = sendAll("direct:chat", CALLS);

        assertThat(results).allSatisfy(result -> assertThat(result.getException()).isNull());
        assertThat(results).allSatisfy(result -> assertThat(result.getMessage().getBody(String.class)).isNotBlank());
        double retries = meters.get("mistral.client.retries").counters().stream().mapToDouble(Counter::count).sum();
        assertThat(retries).isPositive();
        // every request the server got is a call or a retry of one, nothing more
        assertThat(sim.requests().count(CHAT)).isEqualTo(CALLS + (int) retries);
        assertThat(logs.all()).contains("Retrying POST /v1/chat/completions").doesNotContain(KEY);
    }

    @Test
    void retryAfterIsWaitedBeforeTheNextAttempt() {
        sim.faults().failNext(CHAT, 429, Duration.ofSeconds(1));

        Exchange result = template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(result.getException()).isNull();
        List<java.time.Instant> arrivals = sim.requests().arrivals(CHAT);
        assertThat(arrivals).hasSize(2);
        assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void uploadsAndJobCreationsUnder503sAndSlowAnswersLeaveNoDuplicates() {
        sim.faults().failRate("/v1/files", 0.3, 503).failRate("/v1/batch/jobs", 0.3, 503);
        byte[] jsonl = ("{\"custom_id\":\"a\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}}\n")
                .getBytes(StandardCharsets.UTF_8);

        List<Exchange> uploads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "batch-" + i + ".jsonl";
            uploads.add(template.request("direct:upload", e -> {
                e.getIn().setBody(jsonl);
                e.getIn().setHeader("CamelMistralFileName", name);
            }));
        }
        long uploaded = uploads.stream().filter(e -> e.getException() == null).count();
        assertThat(sim.stored().fileCount()).isEqualTo((int) uploaded);
        assertThat(sim.requests().count("POST", "/v1/files")).isEqualTo(20);
        assertThat(sim.stored().duplicateFiles()).isEmpty();

        String fileId = sim.stored().files().get(0).id();
        for (int i = 0; i < 20; i++) {
            template.request("direct:batch", e -> e.getIn().setHeader("CamelMistralFileId", fileId));
        }
        assertThat(sim.requests().count("POST", "/v1/batch/jobs")).isEqualTo(20);
        assertThat(sim.stored().batchJobCount()).isLessThanOrEqualTo(20);

        // a creation whose answer comes too late: the call fails, and is not sent again
        sim.faults().clear();
        sim.faults().slowNext("/v1/files", Duration.ofSeconds(3));
        int filesBefore = sim.stored().fileCount();
        Exchange late = template.request("mistral:file?operation=upload&purpose=batch&fileName=late.jsonl&requestTimeout=500",
                e -> e.getIn().setBody(jsonl));
        assertThat(late.getException()).isInstanceOf(MistralConnectionException.class);
        assertThat(sim.requests().count("POST", "/v1/files")).isEqualTo(21);
        assertThat(sim.stored().duplicateFiles()).isEmpty();
        assertThat(sim.stored().fileCount()).isEqualTo(filesBefore + 1);
    }

    @Test
    void maxConcurrentRequestsBoundsWhatTheServerHasInFlight() {
        sim.faults().delay(CHAT, Duration.ofMillis(100));

        List<Exchange> results = sendAll("direct:limited", 40);

        assertThat(results).allSatisfy(result -> assertThat(result.getException()).isNull());
        assertThat(sim.requests().peakInFlight(CHAT)).isEqualTo(4);
    }

    @Test
    void requestsPerSecondSpacesTheRequestsAndAWaitBeyondRequestTimeoutFails() {
        List<Exchange> results = sendAll("direct:paced", 15);

        // 10 per second, spaced 100 ms apart: at most 6 arrive within any half second; the calls whose turn comes
        // after more than requestTimeout=1s fail without being sent
        assertThat(sim.requests().maxArrivalsWithin(CHAT, Duration.ofMillis(500))).isLessThanOrEqualTo(6);
        List<Exchange> refused = results.stream().filter(result -> result.getException() != null).toList();
        assertThat(refused).isNotEmpty().allSatisfy(result -> assertThat(result.getException())
                .isInstanceOf(MistralConnectionException.class).hasMessageContaining("longer than requestTimeout=1000 ms"));
        assertThat(sim.requests().count(CHAT)).isEqualTo(15 - refused.size());
        assertThat(meters.get("mistral.client.limit.wait").timer().count()).isPositive();
    }
}
