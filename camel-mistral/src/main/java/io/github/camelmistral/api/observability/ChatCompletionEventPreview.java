package io.github.camelmistral.api.observability;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One chat completion the organization made, as the event search lists it (the spec's
 * {@code ChatCompletionEventPreview}). The messages themselves are not in the preview; read them with
 * {@code GET /v1/observability/chat-completion-events/{event_id}}.
 *
 * @param eventId        the event's id (a UUID)
 * @param correlationId  the id that ties the event to its API call
 * @param createdAt      when the completion was made, ISO-8601 date-time
 * @param extraFields    the extra fields asked for, by name (values: boolean, number, string, date-time string, string
 *                       list or null)
 * @param nbInputTokens  prompt tokens
 * @param nbOutputTokens generated tokens
 */
public record ChatCompletionEventPreview(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("correlation_id") String correlationId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("extra_fields") Map<String, Object> extraFields,
        @JsonProperty("nb_input_tokens") Integer nbInputTokens,
        @JsonProperty("nb_output_tokens") Integer nbOutputTokens) {

    public ChatCompletionEventPreview {
        extraFields = extraFields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraFields));
    }

    /** The model, when the event carries one in its extra fields; else null. */
    public String model() {
        Object model = extraFields.get("model");
        return model instanceof String name ? name : null;
    }

    /** Prompt plus generated tokens, or null when either is missing. */
    public Integer totalTokens() {
        return nbInputTokens == null || nbOutputTokens == null ? null : nbInputTokens + nbOutputTokens;
    }
}
