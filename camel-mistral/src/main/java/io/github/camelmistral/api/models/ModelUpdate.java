package io.github.camelmistral.api.models;

/**
 * The body of {@code PATCH /v1/fine_tuning/models/{id}}: the new name and/or description of a fine-tuned model; a null
 * field is left as it is.
 */
public record ModelUpdate(String name, String description) {
}
