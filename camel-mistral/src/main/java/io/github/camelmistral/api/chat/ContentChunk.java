package io.github.camelmistral.api.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One part of a multi-part message content, discriminated on the wire by {@code type}. */
// EXISTING_PROPERTY: each chunk writes its own type, so it is on the wire even where chunks sit in an Object-typed field
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ContentChunk.Text.class, name = "text"),
        @JsonSubTypes.Type(value = ContentChunk.ImageUrl.class, name = "image_url"),
        @JsonSubTypes.Type(value = ContentChunk.DocumentUrl.class, name = "document_url"),
        @JsonSubTypes.Type(value = ContentChunk.File.class, name = "file") })
public sealed interface ContentChunk {

    /** The chunk type as the API names it. */
    @JsonProperty("type")
    String type();

    static ContentChunk text(String text) {
        return new Text(text);
    }

    /** An image by https URL or {@code data:image/...;base64,} URL. */
    static ContentChunk imageUrl(String url) {
        return new ImageUrl(url);
    }

    record Text(String text) implements ContentChunk {
        @Override
        public String type() {
            return "text";
        }
    }

    /** {@code imageUrl} is a URL string, or an object {@code {url, detail}}. */
    record ImageUrl(@JsonProperty("image_url") Object imageUrl) implements ContentChunk {
        @Override
        public String type() {
            return "image_url";
        }
    }

    record DocumentUrl(
            @JsonProperty("document_url") String documentUrl,
            @JsonProperty("document_name") String documentName) implements ContentChunk {
        @Override
        public String type() {
            return "document_url";
        }
    }

    record File(@JsonProperty("file_id") String fileId) implements ContentChunk {
        @Override
        public String type() {
            return "file";
        }
    }
}
