package io.github.camelmistral.api.files;

/** The answer of {@code GET /v1/files/{id}/url}: a pre-signed URL that reads the file without the API key. */
public record SignedUrl(String url) {
}
