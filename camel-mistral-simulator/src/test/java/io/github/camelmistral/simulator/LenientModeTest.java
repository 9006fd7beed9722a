package io.github.camelmistral.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the spec, unknown fields are still refused; only what needs the spec's schemas passes. */
class LenientModeTest {

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().strictSpec(null);

    private SimulatorClient client;

    @BeforeEach
    void client() {
        client = new SimulatorClient(sim.baseUrl());
    }

    @Test
    void isNotStrict() {
        assertThat(sim.isStrict()).isFalse();
    }

    @Test
    void stillRefusesUnknownAndNullValuedFields() {
        String request = "{\"model\":\"mistral-small-latest\",\"user\":null,"
                + "\"messages\":[{\"role\":\"assistant\",\"content\":\"x\",\"reasoning_content\":\"y\"}]}";

        SimulatorClient.Response response = client.postJson("/v1/chat/completions", request);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").findValuesAsText("type")).containsOnly("extra_forbidden");
        assertThat(response.json().path("detail")).hasSize(2);
    }

    @Test
    void letsThroughWhatOnlyTheSchemaForbids() {
        Map<String, Object> request = Map.of("model", "mistral-small-latest", "temperature", 3,
                "messages", List.of(Map.of("role", "user", "content", "hi")));

        assertThat(client.postJson("/v1/chat/completions", request).status()).isEqualTo(200);
    }
}
