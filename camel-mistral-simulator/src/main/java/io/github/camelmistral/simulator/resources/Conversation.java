package io.github.camelmistral.simulator.resources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/**
 * A stored conversation: who answers in it (a model with instructions and tools, or an agent at a version), its
 * descriptive fields and its entries in the order they were appended.
 */
public final class Conversation {

    /** The entry types that are messages, as {@code GET /v1/conversations/{id}/messages} filters them. */
    private static final Set<String> MESSAGE_TYPES = Set.of("message.input", "message.output");

    private final String id;
    private final Instant createdAt;
    private final Setup setup;
    private final List<ObjectNode> entries = new ArrayList<>();
    private Instant updatedAt;

    /**
     * What the conversation was started with. Exactly one of {@code model} and {@code agentId} is set;
     * {@code agentVersion} is the version or alias asked for (null for the agent's current version).
     */
    public record Setup(String model, String agentId, JsonNode agentVersion, String instructions, ArrayNode tools,
            ObjectNode completionArgs, JsonNode guardrails, String name, String description, JsonNode metadata) {

        public boolean isAgent() {
            return agentId != null;
        }
    }

    public Conversation(String id, Instant createdAt, Setup setup) {
        this.id = id;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.setup = setup;
    }

    public String id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Setup setup() {
        return setup;
    }

    /** Every entry, oldest first (copies: callers cannot change the stored history). */
    public List<ObjectNode> entries() {
        return entries.stream().map(ObjectNode::deepCopy).toList();
    }

    public List<ObjectNode> messages() {
        return entries().stream().filter(entry -> MESSAGE_TYPES.contains(entry.path("type").asText())).toList();
    }

    public void append(List<ObjectNode> added, Instant at) {
        added.forEach(entry -> entries.add(entry.deepCopy()));
        updatedAt = at;
    }

    /** The entries up to and including {@code entryId}, which a restart keeps. */
    public List<ObjectNode> entriesThrough(String entryId) {
        List<ObjectNode> kept = new ArrayList<>();
        for (ObjectNode entry : entries()) {
            kept.add(entry);
            if (entry.path("id").asText().equals(entryId)) {
                return kept;
            }
        }
        throw ApiException.notFound("Entry " + entryId + " not found in conversation " + id);
    }

    /** The ModelConversation or AgentConversation shape of the spec. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("object", "conversation");
        json.put("id", id);
        json.put("created_at", createdAt.toString());
        json.put("updated_at", updatedAt.toString());
        if (setup.isAgent()) {
            json.put("agent_id", setup.agentId());
            json.set("agent_version", setup.agentVersion());
        } else {
            json.put("model", setup.model());
            json.put("instructions", setup.instructions());
            json.set("tools", setup.tools() == null ? Json.array() : setup.tools());
            json.set("completion_args", setup.completionArgs() == null ? Json.object() : setup.completionArgs());
            json.set("guardrails", setup.guardrails());
        }
        json.put("name", setup.name());
        json.put("description", setup.description());
        json.set("metadata", setup.metadata());
        return json;
    }
}
