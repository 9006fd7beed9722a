package io.github.camelmistral.simulator;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgentsApiTest extends SimulatorTestSupport {

    private JsonNode create(String name) {
        SimulatorClient.Response response = client.postJson("/v1/agents", Map.of("model", "mistral-medium-latest",
                "name", name, "instructions", "Answer in French", "metadata", Map.of("team", "docs")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void createsAnAgentAtVersionZero() {
        JsonNode agent = create("translator");

        assertThat(agent.path("object").asText()).isEqualTo("agent");
        assertThat(agent.path("id").asText()).startsWith("ag_");
        assertThat(agent.path("version").asInt()).isZero();
        assertThat(agent.path("versions")).extracting(JsonNode::asInt).containsExactly(0);
        assertThat(agent.path("instructions").asText()).isEqualTo("Answer in French");
        assertThat(agent.path("source").asText()).isEqualTo("api");
        assertThat(agent.path("deployment_chat").asBoolean()).isFalse();
        assertThat(client.get("/v1/agents/" + agent.path("id").asText()).json()).isEqualTo(agent);
        assertThat(sim.simulator().beta().agent(agent.path("id").asText())).contains(agent);
    }

    @Test
    void eachUpdateAddsAVersionAndUsesIt() {
        String id = create("translator").path("id").asText();

        JsonNode updated = client.patchJson("/v1/agents/" + id, Map.of("instructions", "Answer in German",
                "version_message", "German now")).json();

        assertThat(updated.path("version").asInt()).isEqualTo(1);
        assertThat(updated.path("versions")).extracting(JsonNode::asInt).containsExactly(0, 1);
        assertThat(updated.path("instructions").asText()).isEqualTo("Answer in German");
        assertThat(updated.path("name").asText()).isEqualTo("translator");
        assertThat(client.get("/v1/agents/" + id + "?agent_version=0").json().path("instructions").asText())
                .isEqualTo("Answer in French");
        assertThat(client.get("/v1/agents/" + id + "/versions/1").json().path("version_message").asText())
                .isEqualTo("German now");
        JsonNode versions = client.get("/v1/agents/" + id + "/versions").json();
        assertThat(versions).extracting(version -> version.path("version").asInt()).containsExactly(1, 0);
        assertThat(client.get("/v1/agents/" + id + "/versions?page=1&page_size=1").json()).hasSize(1);

        JsonNode switched = client.patchJson("/v1/agents/" + id + "/version?version=0", Map.of()).json();
        assertThat(switched.path("version").asInt()).isZero();
        assertThat(client.get("/v1/agents/" + id).json().path("instructions").asText()).isEqualTo("Answer in French");
        assertThat(client.get("/v1/agents/" + id + "/versions/7").status()).isEqualTo(404);
    }

    @Test
    void aliasesPointAtVersionsAndCanMove() {
        String id = create("translator").path("id").asText();
        client.patchJson("/v1/agents/" + id, Map.of("description", "v1"));

        JsonNode alias = BodyVerbs.put(client, "/v1/agents/" + id + "/aliases?alias=prod&version=0").json();
        assertThat(alias.path("alias").asText()).isEqualTo("prod");
        assertThat(alias.path("version").asInt()).isZero();
        assertThat(client.get("/v1/agents/" + id + "?agent_version=prod").json().path("version").asInt()).isZero();

        JsonNode moved = BodyVerbs.put(client, "/v1/agents/" + id + "/aliases?alias=prod&version=1").json();
        assertThat(moved.path("version").asInt()).isEqualTo(1);
        assertThat(moved.path("created_at").asText()).isEqualTo(alias.path("created_at").asText());
        assertThat(client.get("/v1/agents/" + id + "/aliases").json()).hasSize(1);

        assertThat(client.delete("/v1/agents/" + id + "/aliases?alias=prod").status()).isEqualTo(204);
        assertThat(client.get("/v1/agents/" + id + "/aliases").json()).isEmpty();
        assertThat(client.delete("/v1/agents/" + id + "/aliases?alias=prod").status()).isEqualTo(404);
    }

    @Test
    void refusesBadAliases() {
        String id = create("translator").path("id").asText();

        SimulatorClient.Response invalid = BodyVerbs.put(client, "/v1/agents/" + id + "/aliases?alias=Prod!&version=0");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("detail").get(0).path("loc")).extracting(JsonNode::asText)
                .containsExactly("query", "alias");
        assertThat(BodyVerbs.put(client, "/v1/agents/" + id + "/aliases?alias=prod&version=3").status())
                .isEqualTo(404);
        assertThat(BodyVerbs.put(client, "/v1/agents/" + id + "/aliases?alias=prod").status()).isEqualTo(422);
    }

    @Test
    void listsWithFiltersAndOffsetPages() {
        create("alpha");
        create("beta");
        String gamma = create("gamma").path("id").asText();

        JsonNode all = client.get("/v1/agents").json();
        assertThat(all).extracting(agent -> agent.path("name").asText()).containsExactly("gamma", "beta", "alpha");
        assertThat(client.get("/v1/agents?name=beta").json()).hasSize(1);
        assertThat(client.get("/v1/agents?search=" + gamma.substring(3, 10)).json()).hasSize(1);
        assertThat(client.get("/v1/agents?page=1&page_size=2").json()).hasSize(1);
        assertThat(client.get("/v1/agents?metadata=%7B%22team%22%3A%22docs%22%7D").json()).hasSize(3);
        assertThat(client.get("/v1/agents?metadata=%7B%22team%22%3A%22ops%22%7D").json()).isEmpty();
        assertThat(client.get("/v1/agents?page_size=0").status()).isEqualTo(422);
    }

    @Test
    void cursorPagesUntilNoTokenIsLeft() {
        List.of("a", "b", "c").forEach(this::create);

        JsonNode first = client.get("/v1/agents/pages?page_size=2").json();
        assertThat(first.path("object").asText()).isEqualTo("list");
        assertThat(first.path("data")).hasSize(2);
        String token = first.path("next_page_token").asText();
        JsonNode second = client.get("/v1/agents/pages?page_size=2&page_token=" + token).json();
        assertThat(second.path("data")).hasSize(1);
        assertThat(second.path("data").get(0).path("name").asText()).isEqualTo("a");
        assertThat(second.path("next_page_token").isNull()).isTrue();
        assertThat(client.get("/v1/agents/pages?page_token=garbage!").status()).isEqualTo(400);
    }

    @Test
    void deletesAndForgets() {
        String id = create("translator").path("id").asText();

        assertThat(client.delete("/v1/agents/" + id).status()).isEqualTo(204);
        assertThat(client.get("/v1/agents/" + id).status()).isEqualTo(404);
        assertThat(client.delete("/v1/agents/" + id).status()).isEqualTo(404);
        assertThat(client.get("/v1/agents").json()).isEmpty();
    }

    @Test
    void seededAgentsAnswerConversations() {
        String id = sim.simulator().beta().createAgent("mistral-small-latest", "seeded", "Be terse");

        JsonNode response = client.postJson("/v1/conversations", Map.of("agent_id", id, "inputs", "hi")).json();

        assertThat(response.path("outputs").get(0).path("agent_id").asText()).isEqualTo(id);
        assertThat(client.get("/v1/agents/" + id).json().path("instructions").asText()).isEqualTo("Be terse");
    }

    @Test
    void theDeprecatedAgentsCompletionsStillAnswer() {
        SimulatorClient.Response response = client.postJson("/v1/agents/completions", Map.of("agent_id", "ag_any",
                "messages", List.of(Map.of("role", "user", "content", "hi"))));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("object").asText()).isEqualTo("chat.completion");
    }
}
