package io.github.camelmistral.api.model.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One part of a multi-part message content, discriminated on the wire by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ContentChunk.Text.class, name = "text"),
        @JsonSubTypes.Type(value = ContentChunk.ImageUrl.class, name = "image_url"),
        @JsonSubTypes.Type(value = ContentChunk.DocumentUrl.class, name = "document_url"),
        @JsonSubTypes.Type(value = ContentChunk.File.class, name = "file") })
public sealed interface ContentChunk {

    static ContentChunk text(String text) {
        return new Text(text);
    }

    /** An image by https URL or {@code data:image/...;base64,} URL. */
    static ContentChunk imageUrl(String url) {
        return new ImageUrl(url);
    }

    record Text(String text) implements ContentChunk {
    }

    /** {@code imageUrl} is a URL string, or an object {@code {url, detail}}. */
    record ImageUrl(@com.fasterxml.jackson.annotation.JsonProperty("image_url") Object imageUrl) implements ContentChunk {
    }

    record DocumentUrl(
            @com.fasterxml.jackson.annotation.JsonProperty("document_url") String documentUrl,
            @com.fasterxml.jackson.annotation.JsonProperty("document_name") String documentName) implements ContentChunk {
    }

    record File(@com.fasterxml.jackson.annotation.JsonProperty("file_id") String fileId) implements ContentChunk {
    }
}
