package io.github.camelmistral.simulator.resources;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;

/**
 * A custom voice: its descriptive fields (as the spec's {@code VoiceResponse} names them) and the decoded sample
 * audio it was created from.
 */
public final class Voice {

    /** The user every voice of the simulator belongs to. */
    public static final String USER_ID = LibraryDocument.UPLOADER_ID;

    private final String id;
    private final Instant createdAt;
    private final ObjectNode fields;
    private final byte[] sample;
    private final String sampleFilename;

    public Voice(String id, ObjectNode fields, byte[] sample, String sampleFilename, Instant createdAt) {
        this.id = id;
        this.fields = fields.deepCopy();
        this.sample = sample.clone();
        this.sampleFilename = sampleFilename;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public byte[] sample() {
        return sample.clone();
    }

    public String sampleFilename() {
        return sampleFilename;
    }

    /** Applies the non-null fields of a {@code VoiceUpdateRequest}. */
    public void update(ObjectNode changes) {
        changes.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                fields.set(field.getKey(), field.getValue());
            }
        });
    }

    private JsonNode field(String name) {
        return fields.get(name);
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.set("name", field("name"));
        json.set("slug", field("slug"));
        json.set("languages", fields.has("languages") ? field("languages") : Json.array());
        json.set("gender", field("gender"));
        json.set("age", field("age"));
        json.set("tags", field("tags"));
        json.set("color", field("color"));
        json.put("retention_notice", fields.path("retention_notice").asInt(30));
        json.put("id", id);
        json.put("created_at", createdAt.toString());
        json.put("user_id", USER_ID);
        return json;
    }
}
