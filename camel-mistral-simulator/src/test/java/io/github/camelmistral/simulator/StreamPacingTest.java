package io.github.camelmistral.simulator;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StreamPacingTest extends SimulatorTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<InputStream> openStream() throws Exception {
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "stream", true, "messages",
                List.of(Map.of("role", "user", "content", "Tell me a rather long story about streams")));
        return http.send(client.request("/v1/chat/completions").header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(SimulatorClient.text(request))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private static List<String> dataLines(BufferedReader reader) throws Exception {
        List<String> data = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("data: ")) {
                data.add(line.substring(6));
            }
        }
        return data;
    }

    @Test
    void aPacedStreamDeliversItsFirstDeltaWhileTheRestIsStillToCome() throws Exception {
        sim.faults().streamDelay(Duration.ofMillis(400));

        HttpResponse<InputStream> response = openStream();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String first = reader.readLine();

            assertThat(first).startsWith("data: ").contains("\"role\":\"assistant\"");
            assertThat(sim.requests().inFlight()).isEqualTo(1); // the server has more events to send
            List<String> rest = dataLines(reader);
            assertThat(rest).hasSizeGreaterThan(3).last().isEqualTo("[DONE]");
        }
        await().until(() -> sim.requests().inFlight() == 0);
    }

    @Test
    void aClientLeavingAPacedStreamEndsIt() throws Exception {
        sim.faults().streamDelay(Duration.ofMillis(200));

        HttpResponse<InputStream> response = openStream();
        try (InputStream body = response.body()) {
            assertThat(body.read()).isPositive();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> sim.requests().inFlight() == 0);
    }

    @Test
    void clearingTheFaultsStopsThePacing() {
        sim.faults().streamDelay(Duration.ofSeconds(1));

        sim.faults().clear();

        assertThat(sim.faults().streamDelay()).isZero();
    }
}
