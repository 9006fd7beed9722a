package io.github.camelmistral.simulator.resources;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;

/**
 * One chat completion the simulator served, as the observability API lists it (the spec's
 * {@code ChatCompletionEventPreview}). {@code sequence} orders the feed and is what cursors point at.
 */
public record CompletionEvent(long sequence, String eventId, String correlationId, Instant createdAt, String model,
        boolean stream, int inputTokens, int outputTokens) {

    /** The extra fields an event carries when the search names none; the spec leaves the default open. */
    static final List<String> DEFAULT_EXTRA_FIELDS = List.of("model");

    /**
     * The fields a search can filter on. The spec does not name them (the API lists them at
     * {@code GET /v1/observability/chat-completion-fields}): these are the preview's own fields plus the extra fields
     * the simulator knows.
     */
    public static final Set<String> FIELD_NAMES = Set.of("event_id", "correlation_id", "created_at",
            "nb_input_tokens", "nb_output_tokens", "model", "stream");

    /** The value of each of {@link #FIELD_NAMES}. */
    public ObjectNode fields() {
        ObjectNode fields = Json.object();
        fields.put("event_id", eventId);
        fields.put("correlation_id", correlationId);
        fields.put("created_at", createdAt.toString());
        fields.put("nb_input_tokens", inputTokens);
        fields.put("nb_output_tokens", outputTokens);
        fields.setAll(extraFields());
        return fields;
    }

    private ObjectNode extraFields() {
        return Json.object().put("model", model).put("stream", stream);
    }

    /**
     * The preview; {@code extraFieldNames} are the extra fields the search asked for (null: the default ones). A name
     * the simulator does not know gets null, which the schema allows.
     */
    public ObjectNode preview(List<String> extraFieldNames) {
        ObjectNode preview = Json.object();
        preview.put("event_id", eventId);
        preview.put("correlation_id", correlationId);
        preview.put("created_at", createdAt.toString());
        ObjectNode extra = preview.putObject("extra_fields");
        ObjectNode known = extraFields();
        for (String name : extraFieldNames == null ? DEFAULT_EXTRA_FIELDS : extraFieldNames) {
            JsonNode value = known.get(name);
            extra.set(name, value == null ? NullNode.getInstance() : value);
        }
        preview.put("nb_input_tokens", inputTokens);
        preview.put("nb_output_tokens", outputTokens);
        return preview;
    }
}
