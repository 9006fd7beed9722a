package io.github.camelmistral.simulator;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelsApiTest extends SimulatorTestSupport {

    private static final String TUNED = "ft:open-mistral-7b:587a6b29:20240514:7e773925";


    @Test
    void listsBaseAndFineTunedModelCards() {
        JsonNode list = client.get("/v1/models").json();

        assertThat(list.path("object").asText()).isEqualTo("list");
        assertThat(list.path("data").findValuesAsText("id")).contains("mistral-small-latest", "mistral-embed", TUNED);
        JsonNode small = client.get("/v1/models/mistral-small-latest").json();
        assertThat(small.path("type").asText()).isEqualTo("base");
        assertThat(small.path("capabilities").path("vision").asBoolean()).isTrue();
        JsonNode tuned = client.get("/v1/models/" + TUNED).json();
        assertThat(tuned.path("type").asText()).isEqualTo("fine-tuned");
        assertThat(tuned.path("root").asText()).isEqualTo("open-mistral-7b");
        assertThat(tuned.path("archived").asBoolean()).isFalse();
    }

    @Test
    void unknownModelIs404() {
        assertThat(client.get("/v1/models/no-such-model").status()).isEqualTo(404);
    }

    @Test
    void deletingABaseModelIsForbiddenAndAFineTunedOneIsGoneAfterwards() {
        assertThat(client.delete("/v1/models/mistral-small-latest").status()).isEqualTo(403);

        JsonNode deleted = client.delete("/v1/models/" + TUNED).json();
        assertThat(deleted.path("id").asText()).isEqualTo(TUNED);
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(client.get("/v1/models/" + TUNED).status()).isEqualTo(404);
        assertThat(client.get("/v1/models").json().path("data").findValuesAsText("id")).doesNotContain(TUNED);
    }

    @Test
    void updatesArchivesAndUnarchivesAFineTunedModel() {
        JsonNode updated = client.patchJson("/v1/fine_tuning/models/" + TUNED,
                Map.of("name", "My model", "description", "Tuned for tests")).json();
        assertThat(updated.path("model_type").asText()).isEqualTo("completion");
        assertThat(updated.path("name").asText()).isEqualTo("My model");
        assertThat(updated.path("description").asText()).isEqualTo("Tuned for tests");

        JsonNode archived = client.post("/v1/fine_tuning/models/" + TUNED + "/archive").json();
        assertThat(archived.path("archived").asBoolean()).isTrue();
        assertThat(client.get("/v1/models/" + TUNED).json().path("archived").asBoolean()).isTrue();

        JsonNode unarchived = client.delete("/v1/fine_tuning/models/" + TUNED + "/archive").json();
        assertThat(unarchived.path("archived").asBoolean()).isFalse();

        assertThat(client.post("/v1/fine_tuning/models/mistral-small-latest/archive").status()).isEqualTo(404);
    }
}
