package io.github.camelmistral.simulator.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.http.ValidationErrors;
import io.github.camelmistral.simulator.resources.Agent;
import io.github.camelmistral.simulator.resources.RequestParams;
import io.github.camelmistral.simulator.resources.SimulatorState;

/**
 * The beta agents API ({@code /v1/agents}, not the deprecated {@code /v1/agents/completions}): create, list (offset
 * pages and cursor pages), get at a version or alias, update (which adds a version and uses it), switch version,
 * delete, versions and aliases.
 */
public final class AgentsApi {

    /** The fields of an agent a version keeps, as {@code AgentCreationRequest}/{@code AgentUpdateRequest} name them. */
    private static final Set<String> EDITABLE = Set.of("instructions", "tools", "completion_args", "guardrails",
            "model", "name", "description", "handoffs", "metadata", "version_message", "deployment_chat");
    private static final List<String> SOURCES = List.of("api", "playground", "agent_builder_v1");
    private static final String ALIAS_PATTERN = "^[a-z]([a-z0-9_-]*[a-z0-9])?$";

    private final SimulatorState state;

    private AgentsApi(SimulatorState state) {
        this.state = state;
    }

    public static void register(Router router, SimulatorState state) {
        AgentsApi api = new AgentsApi(state);
        // '/pages' before '/{agent_id}', which would otherwise take it for an agent id
        router.add("GET", "/v1/agents/pages", api::listPages)
                .add("POST", "/v1/agents", api::create)
                .add("GET", "/v1/agents", api::list)
                .add("GET", "/v1/agents/{agent_id}", api::get)
                .add("PATCH", "/v1/agents/{agent_id}", api::update)
                .add("DELETE", "/v1/agents/{agent_id}", api::delete)
                .add("PATCH", "/v1/agents/{agent_id}/version", api::useVersion)
                .add("GET", "/v1/agents/{agent_id}/versions", api::versions)
                .add("GET", "/v1/agents/{agent_id}/versions/{version}", api::version)
                .add("PUT", "/v1/agents/{agent_id}/aliases", api::setAlias)
                .add("GET", "/v1/agents/{agent_id}/aliases", api::aliases)
                .add("DELETE", "/v1/agents/{agent_id}/aliases", api::deleteAlias);
    }

    private static ObjectNode editable(ObjectNode body) {
        ObjectNode fields = Json.object();
        body.fields().forEachRemaining(field -> {
            if (EDITABLE.contains(field.getKey())) {
                fields.set(field.getKey(), field.getValue());
            }
        });
        return fields;
    }

    private SimResponse create(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "model", "name");
        Agent agent = new Agent("ag_" + state.ids().hex("agent"), editable(body), state.timestamp());
        state.agents().add(agent);
        return SimResponse.ok(agent.toJson());
    }

    private Agent agent(SimRequest request) {
        return state.agents().get(request.pathParam("agent_id"));
    }

    private SimResponse get(SimRequest request) {
        Agent agent = agent(request);
        JsonNode version = request.query("agent_version").map(AgentsApi::versionNode).orElse(null);
        return SimResponse.ok(agent.toJson(agent.resolve(version)));
    }

    private static JsonNode versionNode(String text) {
        return text.matches("\\d+") ? IntNode.valueOf(Integer.parseInt(text)) : TextNode.valueOf(text);
    }

    private SimResponse update(SimRequest request) {
        ObjectNode body = JsonBodies.object(request);
        Agent agent = agent(request);
        agent.update(editable(body), state.timestamp());
        return SimResponse.ok(agent.toJson());
    }

    private SimResponse delete(SimRequest request) {
        state.agents().delete(agent(request).id());
        return SimResponse.empty(204);
    }

    private SimResponse useVersion(SimRequest request) {
        Agent agent = agent(request);
        agent.use(requiredInteger(request, "version"));
        return SimResponse.ok(agent.toJson());
    }

    /** Every version, newest first, each as the full agent at that version. */
    private SimResponse versions(SimRequest request) {
        Agent agent = agent(request);
        List<Integer> numbers = IntStream.range(0, agent.versionCount()).boxed().sorted((a, b) -> b - a).toList();
        ArrayNode page = Json.array();
        ListQueries.page(request, numbers, 20).forEach(number -> page.add(agent.toJson(number)));
        return SimResponse.ok(page);
    }

    private SimResponse version(SimRequest request) {
        Agent agent = agent(request);
        return SimResponse.ok(agent.toJson(agent.resolve(versionNode(request.pathParam("version")))));
    }

    private SimResponse setAlias(SimRequest request) {
        Agent agent = agent(request);
        String alias = alias(request);
        return SimResponse.ok(agent.setAlias(alias, requiredInteger(request, "version"), state.timestamp()).toJson());
    }

    private SimResponse aliases(SimRequest request) {
        ArrayNode aliases = Json.array();
        agent(request).aliases().forEach(alias -> aliases.add(alias.toJson()));
        return SimResponse.ok(aliases);
    }

    private SimResponse deleteAlias(SimRequest request) {
        agent(request).deleteAlias(alias(request));
        return SimResponse.empty(204);
    }

    /** The required {@code alias} query parameter, checked against the spec's pattern and length. */
    private static String alias(SimRequest request) {
        String alias = request.query("alias").orElseThrow(() -> ApiException.validation(
                ValidationErrors.missing(ValidationErrors.loc("query", "alias"), null)));
        if (alias.length() > 64 || !alias.matches(ALIAS_PATTERN)) {
            throw ApiException.validation(ValidationErrors.item("string_pattern_mismatch", ValidationErrors.loc(
                    "query", "alias"), "String should match pattern '" + ALIAS_PATTERN + "' (1 to 64 characters)",
                    TextNode.valueOf(alias)));
        }
        return alias;
    }

    private static int requiredInteger(SimRequest request, String name) {
        if (request.query(name).isEmpty()) {
            throw ApiException.validation(ValidationErrors.missing(ValidationErrors.loc("query", name), null));
        }
        return RequestParams.integer(request, name, 0);
    }

    /** The deprecated offset-paged list: a bare array. */
    private SimResponse list(SimRequest request) {
        ArrayNode page = Json.array();
        ListQueries.page(request, matching(request), 20).forEach(agent -> page.add(agent.toJson()));
        return SimResponse.ok(page);
    }

    /** The cursor-paged list; the opaque {@code page_token} is the offset of the next page. */
    private SimResponse listPages(SimRequest request) {
        List<Agent> agents = matching(request);
        int pageSize = RequestParams.integer(request, "page_size", 20);
        if (pageSize < 1) {
            throw ListQueries.outOfRange("page_size", pageSize, "greater than or equal to 1");
        }
        int from = request.query("page_token").map(AgentsApi::offsetOf).orElse(0);
        int to = Math.min(from + pageSize, agents.size());
        ObjectNode page = Json.object().put("object", "list");
        ArrayNode data = page.putArray("data");
        agents.subList(Math.min(from, to), to).forEach(agent -> data.add(agent.toJson()));
        page.put("next_page_token", to < agents.size() ? tokenOf(to) : null);
        return SimResponse.ok(page);
    }

    private static String tokenOf(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.matches("offset:\\d+")) {
                return Integer.parseInt(decoded.substring(7));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.badRequest("Invalid page_token");
    }

    /** The agents the list filters keep: name (exact), search (in name or id), id, sources, deployment_chat. */
    private List<Agent> matching(SimRequest request) {
        List<Predicate<Agent>> filters = new ArrayList<>();
        request.query("name").ifPresent(name -> filters.add(agent -> name.equals(agent.fields().path("name")
                .asText())));
        request.query("search").map(text -> text.toLowerCase(Locale.ROOT)).ifPresent(search -> filters.add(
                agent -> agent.id().toLowerCase(Locale.ROOT).contains(search)
                        || agent.fields().path("name").asText().toLowerCase(Locale.ROOT).contains(search)));
        request.query("id").ifPresent(id -> filters.add(agent -> agent.id().equals(id)));
        List<String> sources = RequestParams.allOf(request, "sources", SOURCES);
        if (!sources.isEmpty()) {
            filters.add(agent -> sources.contains("api"));
        }
        Optional<Boolean> chat = request.query("deployment_chat").isPresent()
                ? Optional.of(RequestParams.bool(request, "deployment_chat", false)) : Optional.empty();
        chat.ifPresent(wanted -> filters.add(agent -> agent.toJson().path("deployment_chat").asBoolean() == wanted));
        JsonNode metadata = ListQueries.metadata(request);
        filters.add(agent -> ListQueries.hasMetadata(agent.fields().get("metadata"), metadata));
        return state.agents().list().stream().filter(agent -> filters.stream().allMatch(f -> f.test(agent)))
                .toList();
    }
}
