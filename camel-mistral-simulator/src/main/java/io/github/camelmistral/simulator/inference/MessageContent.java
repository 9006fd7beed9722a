package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads chat message content, which is a string, null, or a list of typed chunks. */
final class MessageContent {

    private MessageContent() {
    }

    /** The text of a message's content: the string, or its text chunks joined. */
    static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode chunk : content) {
            if (chunk.path("type").asText().equals("text")) {
                text.append(text.length() == 0 ? "" : "\n").append(chunk.path("text").asText());
            }
        }
        return text.toString();
    }

    /** The images of a message's content, each described by its media type ("image/png") or "url". */
    static List<String> images(JsonNode content) {
        List<String> images = new ArrayList<>();
        if (content != null && content.isArray()) {
            for (JsonNode chunk : content) {
                if (chunk.path("type").asText().equals("image_url")) {
                    JsonNode image = chunk.path("image_url");
                    images.add(mediaType(image.isObject() ? image.path("url").asText() : image.asText()));
                }
            }
        }
        return images;
    }

    /** The media type of a data URL, or "url" for a link. */
    static String mediaType(String url) {
        if (url.startsWith("data:")) {
            int end = url.indexOf(';');
            return end > 5 ? url.substring(5, end) : "data";
        }
        return "url";
    }

    /** The concatenated text of every message of a conversation. */
    static String conversationText(JsonNode messages) {
        StringBuilder text = new StringBuilder();
        for (JsonNode message : messages) {
            text.append(text(message.path("content"))).append('\n');
        }
        return text.toString().trim();
    }
}
