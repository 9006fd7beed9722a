package io.github.camelmistral.simulator.resources;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;

/** A model, base or fine-tuned; name, description and the archived flag are what the API lets clients change. */
public final class ModelCard {

    static final List<String> CAPABILITIES = List.of("completion_chat", "function_calling", "completion_fim",
            "fine_tuning", "vision", "ocr", "classification", "moderation", "audio", "audio_transcription");

    private final String id;
    private final long created;
    private final Set<String> capabilities;
    private final int maxContextLength;
    private final FineTuning fineTuning;
    private String name;
    private String description;
    private boolean archived;

    /** What only a fine-tuned model has: its job, root model, kind and, for classifiers, the targets. */
    public record FineTuning(String job, String root, String modelType, JsonNode classifierTargets) {

        boolean isClassifier() {
            return "classifier".equals(modelType);
        }
    }

    private ModelCard(String id, long created, Set<String> capabilities, int maxContextLength, String description,
            FineTuning fineTuning) {
        this.id = id;
        this.created = created;
        this.capabilities = Set.copyOf(capabilities);
        this.maxContextLength = maxContextLength;
        this.fineTuning = fineTuning;
        this.name = id;
        this.description = description;
    }

    public static ModelCard base(String id, long created, int maxContextLength, Set<String> capabilities) {
        return new ModelCard(id, created, capabilities, maxContextLength, "Simulated " + id + " (Mistral simulator)",
                null);
    }

    public static ModelCard fineTuned(String id, long created, Set<String> capabilities, FineTuning fineTuning) {
        return new ModelCard(id, created, capabilities, 32768, null, fineTuning);
    }

    public String id() {
        return id;
    }

    public boolean isFineTuned() {
        return fineTuning != null;
    }

    public FineTuning fineTuning() {
        return fineTuning;
    }

    void rename(String newName, String newDescription) {
        if (newName != null) {
            name = newName;
        }
        if (newDescription != null) {
            description = newDescription;
        }
    }

    void archive(boolean flag) {
        archived = flag;
    }

    /** The ModelCard of {@code GET /v1/models}, discriminated by {@code type}. */
    public ObjectNode toCard() {
        ObjectNode card = common();
        card.put("deprecation", (String) null);
        card.put("deprecation_replacement_model", (String) null);
        card.put("default_model_temperature", capabilities.contains("completion_chat") ? 0.3 : null);
        card.put("type", isFineTuned() ? "fine-tuned" : "base");
        if (isFineTuned()) {
            card.put("job", fineTuning.job());
            card.put("root", fineTuning.root());
            card.put("archived", archived);
        }
        return card;
    }

    /** The CompletionFTModelOut / ClassifierFTModelOut of the fine-tuned model update, by {@code model_type}. */
    public ObjectNode toFineTunedModelOut() {
        ObjectNode out = common();
        out.put("workspace_id", ModelRegistry.WORKSPACE_ID);
        out.put("root", fineTuning.root());
        out.put("root_version", "2407");
        out.put("archived", archived);
        out.put("job", fineTuning.job());
        out.put("model_type", fineTuning.modelType());
        if (fineTuning.isClassifier()) {
            out.set("classifier_targets", fineTuning.classifierTargets());
        }
        return out;
    }

    private ObjectNode common() {
        ObjectNode card = Json.object();
        card.put("id", id);
        card.put("object", "model");
        card.put("created", created);
        card.put("owned_by", isFineTuned() ? ModelRegistry.WORKSPACE_ID : "mistralai");
        ObjectNode flags = card.putObject("capabilities");
        CAPABILITIES.forEach(capability -> flags.put(capability, capabilities.contains(capability)));
        card.put("name", name);
        card.put("description", description);
        card.put("max_context_length", maxContextLength);
        ArrayNode aliases = card.putArray("aliases");
        if (!isFineTuned() && id.endsWith("-latest")) {
            aliases.add(id.replace("-latest", "-2507"));
        }
        return card;
    }
}
