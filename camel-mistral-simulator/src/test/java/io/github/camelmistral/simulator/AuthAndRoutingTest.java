package io.github.camelmistral.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AuthAndRoutingTest {

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(SimulatorClient.KEY);

    private SimulatorClient client;

    @BeforeEach
    void client() {
        client = new SimulatorClient(sim.baseUrl());
    }

    @Test
    void refusesARequestWithoutBearerKeyWith401InTheGatewayShape() {
        SimulatorClient.Response response = client.sendAnonymous("/v1/models");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("message").asText()).isEqualTo("Unauthorized");
        assertThat(response.json().path("request_id").asText()).isEqualTo(response.header("mistral-correlation-id"));
    }

    @Test
    void refusesAnotherKeyThanTheConfiguredOne() {
        assertThat(client.sendWithAuthorization("/v1/models", "Bearer other-key").status()).isEqualTo(401);
        assertThat(client.sendWithAuthorization("/v1/models", "Basic dGVzdA==").status()).isEqualTo(401);
        assertThat(client.sendWithAuthorization("/v1/models", "bearer " + SimulatorClient.KEY).status())
                .isEqualTo(200);
    }

    @Test
    void answersUnknownPathsAndMethodsLikeFastApi() {
        SimulatorClient.Response unknownPath = client.get("/v1/nothing-here");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().path("detail").asText()).isEqualTo("Not Found");

        SimulatorClient.Response wrongMethod = client.delete("/v1/chat/completions");
        assertThat(wrongMethod.status()).isEqualTo(405);
    }

    @Test
    void answers404ForUnknownIdsAnd422ForIdsThatAreNotUuids() {
        String unknown = "3f0f6d2e-8f51-4c1e-9d5b-6a1c2f3e4d5a";
        assertThat(client.get("/v1/files/" + unknown).status()).isEqualTo(404);
        assertThat(client.get("/v1/batch/jobs/" + unknown).status()).isEqualTo(404);
        assertThat(client.post("/v1/batch/jobs/" + unknown + "/cancel").status()).isEqualTo(404);
        assertThat(client.get("/v1/fine_tuning/jobs/" + unknown).status()).isEqualTo(404);
        assertThat(client.post("/v1/fine_tuning/jobs/" + unknown + "/start").status()).isEqualTo(404);

        SimulatorClient.Response notUuid = client.get("/v1/files/file-123");
        assertThat(notUuid.status()).isEqualTo(422);
        assertThat(notUuid.json().path("detail").get(0).path("type").asText()).isEqualTo("uuid_parsing");
    }

    @Test
    void marksEveryResponseAsComingFromTheSimulator() {
        SimulatorClient.Response response = client.get("/v1/models");

        assertThat(response.header("x-mistral-simulator")).isEqualTo("camel-mistral-simulator");
        assertThat(response.header("x-kong-request-id")).isEqualTo(response.header("mistral-correlation-id"));
    }
}
