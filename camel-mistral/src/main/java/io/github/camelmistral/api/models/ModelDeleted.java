package io.github.camelmistral.api.models;

/** The answer of {@code DELETE /v1/models/{id}}. */
public record ModelDeleted(String id, String object, Boolean deleted) {
}
