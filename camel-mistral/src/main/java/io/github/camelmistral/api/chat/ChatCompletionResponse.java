package io.github.camelmistral.api.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.Usage;

/** The answer of chat, FIM and agent completions (they share this shape). */
public record ChatCompletionResponse(
        String id,
        String object,
        String model,
        Long created,
        Usage usage,
        List<Choice> choices) {

    /** The text of the first choice (string content, or the text chunks of chunked content), or null. */
    @JsonIgnore
    public String text() {
        return choices == null || choices.isEmpty() || choices.get(0).message() == null
                ? null : choices.get(0).message().text();
    }

    /** The finish reason of the first choice, or null. */
    @JsonIgnore
    public String finishReason() {
        return choices == null || choices.isEmpty() ? null : choices.get(0).finishReason();
    }

    /** One generated alternative. */
    public record Choice(Integer index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    /**
     * The assistant's reply. {@code content} is kept as JSON because it is a string on most models and a list of
     * {@code thinking}/{@code text} chunks on reasoning models.
     */
    public record Message(
            String role,
            JsonNode content,
            @JsonProperty("tool_calls") List<ToolCall> toolCalls,
            Boolean prefix) {

        /** The reply text: the string content, or the concatenated {@code text} chunks (thinking left out). */
        @JsonIgnore
        public String text() {
            if (content == null || content.isNull()) {
                return null;
            }
            if (content.isTextual()) {
                return content.asText();
            }
            if (content.isArray()) {
                StringBuilder sb = new StringBuilder();
                for (JsonNode chunk : content) {
                    if ("text".equals(chunk.path("type").asText()) && chunk.has("text")) {
                        sb.append(chunk.get("text").asText());
                    }
                }
                return sb.toString();
            }
            return content.toString();
        }

        /**
         * What a reasoning model thought: the text inside its {@code thinking} chunks, or null when the content has
         * none.
         */
        @JsonIgnore
        public String reasoning() {
            if (content == null || !content.isArray()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (JsonNode chunk : content) {
                if ("thinking".equals(chunk.path("type").asText())) {
                    JsonNode thinking = chunk.path("thinking");
                    if (thinking.isTextual()) {
                        sb.append(thinking.asText());
                    } else {
                        thinking.forEach(part -> sb.append(part.path("text").asText()));
                    }
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        /** This reply as a message to send back when continuing the conversation. */
        public AssistantMessage toAssistantMessage() {
            return new AssistantMessage(text(), toolCalls == null || toolCalls.isEmpty() ? null : toolCalls, null);
        }
    }
}
