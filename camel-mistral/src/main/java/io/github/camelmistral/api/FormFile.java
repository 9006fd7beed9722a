package io.github.camelmistral.api;

import java.util.Objects;

/**
 * A file part of a {@code mistral:apiRequest} multipart form, when the bare content ({@code byte[]}, {@code File},
 * {@code Path}, {@code InputStream}) does not say enough: the file name the API records and the part's media type.
 *
 * @param content     {@code byte[]}, {@code File}, {@code Path}, {@code InputStream} or a Camel {@code GenericFile}
 * @param fileName    the part's file name; null for the file's own name, else the message's file name or the field
 * @param contentType the part's media type; null for {@code application/octet-stream}
 */
public record FormFile(Object content, String fileName, String contentType) {

    public FormFile {
        Objects.requireNonNull(content, "content");
    }

    public static FormFile of(Object content, String fileName) {
        return new FormFile(content, fileName, null);
    }

    public static FormFile of(Object content, String fileName, String contentType) {
        return new FormFile(content, fileName, contentType);
    }

    @Override
    public String toString() {
        return "FormFile[" + fileName + ", " + contentType + ", " + content.getClass().getSimpleName() + "]";
    }
}
