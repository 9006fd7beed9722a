package io.github.camelmistral.example;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.camelmistral.MistralComponent;
import io.github.camelmistral.simulator.MistralSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** POST /chat answers while the reply is still being generated: the first bytes come before the stream ends. */
class ChatServerTest {

    @Test
    void theFirstBytesArriveWhileTheSimulatorIsStillStreaming() throws Exception {
        try (MistralSimulator sim = MistralSimulator.builder().apiKey("k").start()) {
            // a pause between the events of every stream, so the reply takes a while to come out
            sim.faults().streamDelay(Duration.ofMillis(150));
            CamelContext context = new DefaultCamelContext();
            MistralComponent mistral = new MistralComponent();
            mistral.getConfiguration().setBaseUrl(sim.baseUrl());
            mistral.getConfiguration().setApiKey("k");
            context.addComponent("mistral", mistral);
            context.addRoutes(new ChatRoutes());
            context.start();
            try (ChatServer chat = ChatServer.start(0)) {
                chat.serve(context.createProducerTemplate());

                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + chat.port() + "/chat"))
                                .POST(HttpRequest.BodyPublishers.ofString("Tell me a story")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    byte[] first = new byte[8];
                    int n = body.read(first);

                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(n).isPositive();
                    // the simulator is still sending the stream of this very call
                    assertThat(sim.requests().inFlight()).isEqualTo(1);

                    String rest = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(new String(first, 0, n, StandardCharsets.UTF_8) + rest).contains("simulator");
                }
                await().untilAsserted(() -> assertThat(sim.requests().inFlight()).isZero());
            } finally {
                context.stop();
            }
        }
    }
}
