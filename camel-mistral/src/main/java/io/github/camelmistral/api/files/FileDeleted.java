package io.github.camelmistral.api.files;

/** The answer of {@code DELETE /v1/files/{id}}. */
public record FileDeleted(String id, String object, Boolean deleted) {
}
