package io.github.camelmistral.simulator;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConcurrencyTest extends SimulatorTestSupport {

    private static final String CHAT = "/v1/chat/completions";
    private static final String CHAT_BODY = SimulatorClient.text(Map.of("model", "mistral-small-latest",
            "messages", List.of(Map.of("role", "user", "content", "hi"))));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private List<CompletableFuture<HttpResponse<String>>> fire(int count, String path, String body) {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest.Builder request = client.request(path).timeout(Duration.ofSeconds(60));
            request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            responses.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        return responses;
    }

    private static List<Integer> statuses(List<CompletableFuture<HttpResponse<String>>> responses) {
        return responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
    }

    @Test
    void servesAThousandConcurrentChatCalls() {
        List<Integer> statuses = statuses(fire(1000, CHAT, CHAT_BODY));

        assertThat(statuses).hasSize(1000).containsOnly(200);
        assertThat(sim.requests().count(CHAT)).isEqualTo(1000);
        assertThat(sim.requests().countsByPath()).containsEntry(CHAT, 1000);
        assertThat(sim.requests().peakInFlight(CHAT)).isBetween(1, 1000);
        await().untilAsserted(() -> assertThat(sim.requests().inFlight()).isZero());
    }

    @Test
    void delayedRequestsAreAllInFlightAtOnceWithoutASleepingThread() {
        // long enough for all of them to arrive before the first is answered, even on a busy machine
        sim.faults().delay("/v1/models", Duration.ofSeconds(5));

        List<CompletableFuture<HttpResponse<String>>> responses = fire(100, "/v1/models", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> sim.requests().inFlight() == 100);
        assertThat(simulatorThreadsIn("sleep")).isEmpty();
        assertThat(statuses(responses)).containsOnly(200);
        assertThat(sim.requests().peakInFlight("/v1/models")).isEqualTo(100);
        assertThat(sim.requests().peakInFlight()).isEqualTo(100);
        await().untilAsserted(() -> assertThat(sim.requests().inFlight()).isZero());
    }

    /** The simulator's threads whose stack is inside a method of that name. */
    private static List<String> simulatorThreadsIn(String method) {
        List<String> found = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            boolean inside = Arrays.stream(stack).anyMatch(frame -> frame.getMethodName().equals(method));
            if (thread.getName().startsWith("mistral-simulator") && inside) {
                found.add(thread.getName());
            }
        });
        return found;
    }

    @Test
    void sequentialRequestsNeverOverlapAndArriveInOrder() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/v1/models").status()).isEqualTo(200);
        }

        assertThat(sim.requests().peakInFlight("/v1/models")).isEqualTo(1);
        List<Instant> arrivals = sim.requests().arrivals("/v1/models");
        assertThat(arrivals).hasSize(5).isSorted();
        assertThat(sim.requests().maxArrivalsWithin("/v1/models", Duration.ofHours(1))).isEqualTo(5);
        assertThat(sim.requests().maxArrivalsWithin("/v1/models", Duration.ofNanos(1))).isEqualTo(1);
        Duration span = Duration.between(arrivals.get(0), arrivals.get(4));
        assertThat(sim.requests().maxArrivalsWithin("/v1/models", span)).isEqualTo(4);
        assertThat(sim.requests().maxArrivalsWithin("/v1/models", span.plusNanos(1))).isEqualTo(5);
    }

    @Test
    void aResetForgetsCountsAndPeaks() {
        statuses(fire(10, "/v1/models", null));
        await().until(() -> sim.requests().inFlight() == 0); // the server finishes just after the client has read

        sim.simulator().reset();

        assertThat(sim.requests().count("/v1/models")).isZero();
        assertThat(sim.requests().peakInFlight()).isZero();
        assertThat(sim.requests().peakInFlight("/v1/models")).isZero();
        assertThat(sim.requests().countsByPath()).isEmpty();
    }

    @Test
    void theJdkServerIsToldToSendWithoutNagleDelays() {
        // read once by the JDK server when its first instance is created, so the simulator sets it as it loads
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }
}
