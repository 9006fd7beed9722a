package io.github.camelmistral.simulator.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/** The models of the simulated workspace: a fixed set of base models plus the fine-tuned ones jobs produce. */
public final class ModelRegistry {

    public static final String WORKSPACE_ID = "5f2c6b1e-0000-4000-8000-51a7e5a1a700";
    /** The spec's example fine-tuned model, present from the start so model operations can be tried at once. */
    public static final String SEEDED_FINE_TUNED_MODEL = "ft:open-mistral-7b:587a6b29:20240514:7e773925";
    private static final long SEED_CREATED = 1_718_236_800L; // 2024-06-13, fixed so responses are deterministic

    private static final Set<String> CHAT = Set.of("completion_chat", "function_calling");
    private static final Set<String> CHAT_VISION = Set.of("completion_chat", "function_calling", "vision");
    private static final Set<String> TUNABLE_CHAT = Set.of("completion_chat", "function_calling", "fine_tuning");

    private final Map<String, ModelCard> models = new LinkedHashMap<>();

    public ModelRegistry() {
        seed();
    }

    private void seed() {
        add(ModelCard.base("mistral-large-latest", SEED_CREATED, 131072, CHAT));
        add(ModelCard.base("mistral-medium-latest", SEED_CREATED, 131072, CHAT_VISION));
        add(ModelCard.base("mistral-small-latest", SEED_CREATED, 131072,
                Set.of("completion_chat", "function_calling", "vision", "fine_tuning")));
        add(ModelCard.base("ministral-8b-latest", SEED_CREATED, 131072, TUNABLE_CHAT));
        add(ModelCard.base("open-mistral-7b", SEED_CREATED, 32768, TUNABLE_CHAT));
        add(ModelCard.base("open-mistral-nemo", SEED_CREATED, 131072, TUNABLE_CHAT));
        add(ModelCard.base("pixtral-12b-latest", SEED_CREATED, 131072, CHAT_VISION));
        add(ModelCard.base("codestral-latest", SEED_CREATED, 256000,
                Set.of("completion_chat", "function_calling", "completion_fim", "fine_tuning")));
        add(ModelCard.base("mistral-embed", SEED_CREATED, 8192, Set.of()));
        add(ModelCard.base("codestral-embed", SEED_CREATED, 8192, Set.of()));
        add(ModelCard.base("mistral-moderation-latest", SEED_CREATED, 8192, Set.of("moderation")));
        add(ModelCard.base("mistral-ocr-latest", SEED_CREATED, 16384, Set.of("ocr")));
        add(ModelCard.base("voxtral-mini-latest", SEED_CREATED, 32768,
                Set.of("completion_chat", "audio", "audio_transcription")));
        add(ModelCard.fineTuned(SEEDED_FINE_TUNED_MODEL, SEED_CREATED, Set.of("completion_chat", "function_calling"),
                new ModelCard.FineTuning("7e773925-0000-4000-8000-000000000001", "open-mistral-7b", "completion",
                        Json.array())));
    }

    public ModelCard add(ModelCard card) {
        models.put(card.id(), card);
        return card;
    }

    public List<ModelCard> list() {
        return new ArrayList<>(models.values());
    }

    public ModelCard get(String id) {
        ModelCard card = models.get(id);
        if (card == null) {
            throw ApiException.notFound("Model '" + id + "' not found");
        }
        return card;
    }

    /** A fine-tuned model; base models cannot be changed (404, as the fine-tuning routes know only tuned models). */
    public ModelCard getFineTuned(String id) {
        ModelCard card = get(id);
        if (!card.isFineTuned()) {
            throw ApiException.notFound("Fine-tuned model '" + id + "' not found");
        }
        return card;
    }

    /** Deletes a fine-tuned model; deleting a base model is forbidden (403), as documented. */
    public ModelCard delete(String id) {
        ModelCard card = get(id);
        if (!card.isFineTuned()) {
            throw ApiException.documented(403, "Base model '" + id + "' cannot be deleted");
        }
        models.remove(id);
        return card;
    }

    public ModelCard update(String id, String name, String description) {
        ModelCard card = getFineTuned(id);
        card.rename(name, description);
        return card;
    }

    public ModelCard archive(String id, boolean archived) {
        ModelCard card = getFineTuned(id);
        card.archive(archived);
        return card;
    }

    public void reset() {
        models.clear();
        seed();
    }
}
