package io.github.camelmistral.simulator;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RateAndTimeoutFaultsTest extends SimulatorTestSupport {

    private static final String CHAT = "/v1/chat/completions";
    private static final Map<String, Object> HI = Map.of("model", "mistral-small-latest",
            "messages", List.of(Map.of("role", "user", "content", "hi")));

    private List<Integer> chatStatuses(int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(client.postJson(CHAT, HI).status());
        }
        return statuses;
    }

    private HttpRequest.Builder chat() {
        return client.request(CHAT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SimulatorClient.text(HI)));
    }

    @Test
    void aFailureRateHitsTheSameRequestsOnEveryRun() {
        sim.faults().failRate(CHAT, 0.10, 429, Duration.ofSeconds(1));
        List<Integer> first = chatStatuses(200);

        sim.simulator().reset();
        sim.faults().failRate(CHAT, 0.10, 429, Duration.ofSeconds(1));
        List<Integer> second = chatStatuses(200);

        assertThat(second).isEqualTo(first).containsOnly(200, 429);
        long limited = first.stream().filter(status -> status == 429).count();
        assertThat(limited).isBetween(8L, 40L); // about one in ten, though exactly this many on every run
        assertThat(sim.faults().armed()).hasSize(1); // a rate fault stays armed
    }

    @Test
    void anotherSeedPicksOtherRequests() {
        sim.faults().inject(Fault.status(503).on(CHAT).rate(0.5).always());
        List<Integer> defaultSeed = chatStatuses(40);
        sim.simulator().reset();
        sim.faults().inject(Fault.status(503).on(CHAT).rate(0.5).seed(99).always());

        assertThat(chatStatuses(40)).isNotEqualTo(defaultSeed).containsOnly(200, 503);
    }

    @Test
    void rateZeroNeverFiresAndRateOneAlwaysDoesUpToItsCount() {
        sim.faults().inject(Fault.status(500).on(CHAT).rate(0.0).always());
        assertThat(chatStatuses(20)).containsOnly(200);

        sim.faults().clear();
        sim.faults().inject(Fault.status(503).on(CHAT).rate(1.0).times(3));
        assertThat(chatStatuses(5)).containsExactly(503, 503, 503, 200, 200);
    }

    @Test
    void refusesARateOutsideZeroToOneAndNegativeWaits() {
        assertThatThrownBy(() -> Fault.status(503).rate(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Fault.status(503).rate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.slowResponse(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> sim.faults().streamDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResetRateDropsSomeConnectionsAndServesTheOthers() {
        sim.faults().resetRate(CHAT, 0.5);
        int dropped = 0;
        for (int i = 0; i < 20; i++) {
            try {
                assertThat(client.sendRaw(chat()).statusCode()).isEqualTo(200);
            } catch (IOException e) {
                dropped++;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(dropped).isBetween(1, 19);
    }

    @Test
    void retryAfterComesAsAnHttpDateWhenAsked() {
        sim.faults().inject(Fault.status(429).on(CHAT).retryAfterDate(Duration.ofSeconds(3)));
        Instant before = Instant.now();

        SimulatorClient.Response limited = client.postJson(CHAT, HI);

        assertThat(limited.status()).isEqualTo(429);
        String header = limited.header("Retry-After");
        assertThat(header).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        Instant retryAt = ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(retryAt).isAfterOrEqualTo(before.plusSeconds(2)).isBeforeOrEqualTo(Instant.now().plusSeconds(4));
    }

    @Test
    void aSlowResponseTimesTheClientOutAfterTheServerActed() {
        sim.faults().slowNext("/v1/files", Duration.ofSeconds(3));
        byte[] form = SimulatorClient.multipart("b", SimulatorClient.Part.text("purpose", "batch"),
                SimulatorClient.Part.file("file", "slow.jsonl", null, "{}".getBytes()));
        HttpRequest.Builder upload = client.request("/v1/files").timeout(Duration.ofMillis(300))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form));

        assertThatThrownBy(() -> client.sendRaw(upload)).isInstanceOf(HttpTimeoutException.class);

        assertThat(sim.simulator().stored().files()).extracting(StoredResources.FileSummary::filename)
                .containsExactly("slow.jsonl");
        assertThat(sim.requests().inFlight()).isEqualTo(1); // still waiting to answer
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.requests().inFlight() == 0);
        assertThat(client.get("/v1/files").status()).isEqualTo(200);
    }

    @Test
    void aSlowResponseArrivesWhenTheClientWaitsLongEnough() {
        sim.faults().slowNext(CHAT, Duration.ofMillis(300));

        SimulatorClient.Response response = client.postJson(CHAT, HI);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("object").asText()).isEqualTo("chat.completion");
    }

    @Test
    void aDelayedResetOrTruncationStillFailsTheClient() {
        sim.faults().delay(CHAT, Duration.ofMillis(100));
        sim.faults().resetNext(CHAT);
        assertThatThrownBy(() -> client.sendRaw(chat())).isInstanceOf(IOException.class);

        sim.faults().inject(Fault.truncatedResponse().on(CHAT));
        assertThatThrownBy(() -> client.sendRaw(chat())).isInstanceOf(IOException.class);

        assertThat(client.postJson(CHAT, HI).status()).isEqualTo(200);
        await().until(() -> sim.requests().inFlight() == 0);
    }

    @Test
    void theAdminEndpointArmsRateDateAndSlowFaults() {
        client.post("/__simulator/faults?kind=status&status=503&path=" + CHAT
                + "&rate=1&always=true&retry_after=2&retry_after_format=date");
        SimulatorClient.Response failed = client.postJson(CHAT, HI);
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.header("Retry-After")).endsWith(" GMT");
        assertThat(client.postJson(CHAT, HI).status()).isEqualTo(503);

        client.delete("/__simulator/faults");
        client.post("/__simulator/faults?kind=slow&delay_ms=50&path=" + CHAT);
        assertThat(sim.faults().armed()).singleElement()
                .satisfies(fault -> assertThat(fault.kind()).isEqualTo(Fault.Kind.SLOW_RESPONSE));
        assertThat(client.postJson(CHAT, HI).status()).isEqualTo(200);

        assertThat(client.post("/__simulator/faults?kind=status&rate=2").status()).isEqualTo(400);
    }

    @Test
    void theAdminEndpointReportsCountsAndPeaks() {
        client.get("/v1/models");
        client.get("/v1/models");

        var stats = client.get("/__simulator/requests/stats").json();

        assertThat(stats.path("paths").path("/v1/models").path("count").asInt()).isEqualTo(2);
        assertThat(stats.path("paths").path("/v1/models").path("peak_in_flight").asInt()).isEqualTo(1);
        assertThat(stats.path("peak_in_flight").asInt()).isPositive();
        assertThat(stats.path("in_flight").asInt()).isEqualTo(1); // this very request
    }
}
