package io.github.camelmistral.simulator;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest extends SimulatorTestSupport {

    private static final Map<String, Object> CHAT = Map.of("model", "mistral-small-latest",
            "messages", List.of(Map.of("role", "user", "content", "hi")));


    @Test
    void rateLimitsTheNextRequestWithRetryAfterThenRecovers() {
        sim.faults().failNext("/v1/chat/completions", 429, Duration.ofMillis(1500));

        SimulatorClient.Response limited = client.postJson("/v1/chat/completions", CHAT);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        assertThat(limited.json().path("type").asText()).isEqualTo("rate_limit_error");
        assertThat(limited.json().path("code").asText()).isEqualTo("1300");

        assertThat(client.postJson("/v1/chat/completions", CHAT).status()).isEqualTo(200);
        assertThat(sim.requests().to("POST", "/v1/chat/completions")).hasSize(2);
    }

    @Test
    void failsOnlyMatchingRequestsAndTheGivenNumberOfTimes() {
        sim.faults().inject(Fault.status(503).on("/v1/files*").onMethod("GET").times(2));

        assertThat(client.get("/v1/models").status()).isEqualTo(200);
        assertThat(client.get("/v1/files").status()).isEqualTo(503);
        assertThat(client.get("/v1/files").status()).isEqualTo(503);
        assertThat(client.get("/v1/files").status()).isEqualTo(200);
        assertThat(sim.faults().armed()).isEmpty();
    }

    @Test
    void answersInTheErrorShapeAsked() {
        sim.faults().inject(Fault.status(500).shape(ErrorShape.GATEWAY).message("upstream down"));
        sim.faults().inject(Fault.status(422).shape(ErrorShape.DOCUMENTED_WITH_DETAIL));
        sim.faults().inject(Fault.status(401).shape(ErrorShape.DETAIL_STRING).message("Unauthorized"));

        SimulatorClient.Response gateway = client.get("/v1/models");
        assertThat(gateway.json().path("message").asText()).isEqualTo("upstream down");
        assertThat(gateway.json().path("request_id").asText()).isNotEmpty();
        SimulatorClient.Response wrapped = client.get("/v1/models");
        assertThat(wrapped.json().path("message").path("detail").isArray()).isTrue();
        assertThat(client.get("/v1/models").json().path("detail").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void aConnectionResetIsAnIoFailureForTheClient() {
        sim.faults().resetNext("/v1/chat/completions");
        HttpRequest.Builder chat = client.request("/v1/chat/completions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SimulatorClient.text(CHAT)));

        assertThatThrownBy(() -> client.sendRaw(chat)).isInstanceOf(IOException.class);
        assertThat(client.postJson("/v1/chat/completions", CHAT).status()).isEqualTo(200);
    }

    @Test
    void aResetGetIsRetriedOnceByTheJdkClientSoItTakesTwoResetsToFailIt() {
        sim.faults().inject(Fault.connectionReset().on("/v1/models").times(2));

        assertThatThrownBy(() -> client.sendRaw(client.request("/v1/models").GET())).isInstanceOf(IOException.class);
        assertThat(sim.requests().to("/v1/models")).hasSize(2);
    }

    @Test
    void aTruncatedResponseFailsTheClientAfterTheServerActed() {
        sim.faults().inject(Fault.truncatedResponse().on("/v1/files").onMethod("POST"));
        byte[] form = SimulatorClient.multipart("b", SimulatorClient.Part.text("purpose", "batch"),
                SimulatorClient.Part.file("file", "lost.jsonl", null, "{}".getBytes()));
        HttpRequest.Builder upload = client.request("/v1/files").header("Content-Type",
                "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofByteArray(form));

        assertThatThrownBy(() -> client.sendRaw(upload)).isInstanceOf(IOException.class);
        assertThat(client.get("/v1/files").json().path("data").findValuesAsText("filename"))
                .containsExactly("lost.jsonl");
    }

    @Test
    void aTruncatedStreamEndsWithoutItsDoneEvent() {
        sim.faults().inject(Fault.truncatedResponse().on("/v1/chat/completions"));
        Map<String, Object> streaming = Map.of("model", "mistral-small-latest", "stream", true,
                "messages", List.of(Map.of("role", "user", "content", "a long story please")));
        HttpRequest.Builder request = client.request("/v1/chat/completions").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(SimulatorClient.text(streaming)));

        assertThatThrownBy(() -> client.sendRaw(request)).isInstanceOf(IOException.class);
    }

    @Test
    void delaysMatchingRequestsUntilCleared() {
        sim.faults().delay("/v1/models", Duration.ofMillis(50));

        assertThat(client.get("/v1/models").status()).isEqualTo(200);
        assertThat(sim.faults().armed()).hasSize(1);
        sim.faults().clear();
        assertThat(sim.faults().armed()).isEmpty();
    }
}
