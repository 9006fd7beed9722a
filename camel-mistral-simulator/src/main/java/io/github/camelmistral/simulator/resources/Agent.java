package io.github.camelmistral.simulator.resources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/**
 * A beta agent: its versions (each update adds one, numbered from 0), the version in use, and its aliases. A version
 * keeps the agent's editable fields as they were when it was made.
 */
public final class Agent {

    /** An alias pointing at a version. */
    public record Alias(String alias, int version, Instant createdAt, Instant updatedAt) {

        public ObjectNode toJson() {
            return Json.object().put("alias", alias).put("version", version).put("created_at", createdAt.toString())
                    .put("updated_at", updatedAt.toString());
        }
    }

    private record Version(ObjectNode fields, Instant createdAt) {
    }

    private final String id;
    private final Instant createdAt;
    private final List<Version> versions = new ArrayList<>();
    private final Map<String, Alias> aliases = new LinkedHashMap<>();
    private int current;

    public Agent(String id, ObjectNode fields, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        versions.add(new Version(fields.deepCopy(), createdAt));
    }

    public String id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int currentVersion() {
        return current;
    }

    /** The editable fields of the version in use. */
    public ObjectNode fields() {
        return fields(current);
    }

    public ObjectNode fields(int version) {
        return versions.get(checkVersion(version)).fields().deepCopy();
    }

    /**
     * Adds a version with the current fields overlaid by {@code changes}, and makes it the one in use. A null model
     * or name leaves it as it is: an agent always has both.
     */
    public int update(ObjectNode changes, Instant at) {
        ObjectNode fields = fields();
        changes.fields().forEachRemaining(field -> {
            boolean required = field.getKey().equals("model") || field.getKey().equals("name");
            if (!(required && field.getValue().isNull())) {
                fields.set(field.getKey(), field.getValue());
            }
        });
        versions.add(new Version(fields, at));
        current = versions.size() - 1;
        return current;
    }

    public void use(int version) {
        current = checkVersion(version);
    }

    /** A version by number or alias, as {@code agent_version} is given: null means the version in use. */
    public int resolve(JsonNode version) {
        if (version == null || version.isNull() || version.isMissingNode()) {
            return current;
        }
        if (version.isIntegralNumber() || version.asText().matches("\\d+")) {
            return checkVersion(version.asInt());
        }
        Alias alias = aliases.get(version.asText());
        if (alias == null) {
            throw ApiException.notFound("Agent " + id + " has no version or alias '" + version.asText() + "'");
        }
        return alias.version();
    }

    private int checkVersion(int version) {
        if (version < 0 || version >= versions.size()) {
            throw ApiException.notFound("Agent " + id + " has no version " + version);
        }
        return version;
    }

    public int versionCount() {
        return versions.size();
    }

    public Alias setAlias(String alias, int version, Instant at) {
        checkVersion(version);
        Alias existing = aliases.get(alias);
        Alias updated = new Alias(alias, version, existing == null ? at : existing.createdAt(), at);
        aliases.put(alias, updated);
        return updated;
    }

    public List<Alias> aliases() {
        return List.copyOf(aliases.values());
    }

    public void deleteAlias(String alias) {
        if (aliases.remove(alias) == null) {
            throw ApiException.notFound("Agent " + id + " has no alias '" + alias + "'");
        }
    }

    /** The spec's {@code Agent} at the version in use. */
    public ObjectNode toJson() {
        return toJson(current);
    }

    public ObjectNode toJson(int version) {
        Version chosen = versions.get(checkVersion(version));
        ObjectNode json = Json.object();
        json.put("object", "agent");
        json.put("id", id);
        json.setAll(chosen.fields().deepCopy());
        if (!json.has("tools")) {
            json.set("tools", Json.array());
        }
        if (!json.has("completion_args")) {
            json.set("completion_args", Json.object());
        }
        json.put("version", version);
        json.set("versions", Json.array());
        for (int i = 0; i < versions.size(); i++) {
            json.withArray("versions").add(i);
        }
        json.put("created_at", createdAt.toString());
        json.put("updated_at", chosen.createdAt().toString());
        if (!json.hasNonNull("deployment_chat")) {
            json.put("deployment_chat", false);
        }
        json.put("source", "api");
        return json;
    }
}
