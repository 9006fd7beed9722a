package io.github.camelmistral.api.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.api.ApiError;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.stream.SseEvent;
import io.github.camelmistral.api.stream.StreamDecoder;
import io.github.camelmistral.api.stream.StreamResult;

/**
 * The chunks of a streamed chat, FIM or agents completion (API-NOTES.md): {@code choices[0].delta.content} as a string
 * or as chunks (only {@code text} chunks are the answer; {@code thinking} chunks are left out), {@code finish_reason},
 * model and id on the chunks, {@code usage} on the last one, {@code [DONE]} at the end. An error object in the stream
 * fails it. Tool calls arrive in {@code delta.tool_calls}, whole or in pieces: the pieces of one call share its
 * {@code index}, the first brings id and name, the arguments string is the pieces' arguments joined;
 * {@link #message(String)} is the assistant message they add up to.
 */
public final class ChatStreamDecoder implements StreamDecoder {

    private final String method;
    private final String path;
    private String finishReason;
    private Usage usage;
    private String model;
    private String id;
    private final Map<Integer, PartialCall> calls = new TreeMap<>();

    /** A tool call being assembled from its pieces. */
    private static final class PartialCall {
        private String id;
        private String name;
        private final StringBuilder arguments = new StringBuilder();
        private JsonNode objectArguments;

        ToolCall toCall(int index) {
            Object args = objectArguments != null
                    ? MistralJson.mapper().convertValue(objectArguments, Map.class) : arguments.toString();
            return new ToolCall(id, "function", new ToolCall.FunctionCall(name, args), index);
        }
    }

    public ChatStreamDecoder(String method, String path) {
        this.method = method;
        this.path = path;
    }

    @Override
    public String decode(SseEvent event) throws MistralApiException {
        JsonNode chunk = event.json(method, path);
        if ("error".equals(chunk.path("object").asText()) || chunk.has("error") || "error".equals(event.event())) {
            ApiError error = ApiError.parse(chunk.has("error") && chunk.get("error").isObject()
                    ? chunk.get("error").toString() : event.data());
            throw new MistralApiException(method, path, 200, error, null, event.data(), null);
        }
        id = chunk.hasNonNull("id") ? chunk.get("id").asText() : id;
        model = chunk.hasNonNull("model") ? chunk.get("model").asText() : model;
        if (chunk.hasNonNull("usage")) {
            usage = MistralJson.mapper().convertValue(chunk.get("usage"), Usage.class);
        }
        JsonNode choice = chunk.path("choices").path(0);
        if (choice.hasNonNull("finish_reason")) {
            finishReason = choice.get("finish_reason").asText();
        }
        choice.path("delta").path("tool_calls").forEach(this::addCallPiece);
        return text(choice.path("delta").path("content"));
    }

    private void addCallPiece(JsonNode piece) {
        PartialCall call = calls.computeIfAbsent(piece.path("index").asInt(calls.size()), index -> new PartialCall());
        // later pieces may repeat id and name empty: only the first non-empty ones count
        if (call.id == null && !piece.path("id").asText("").isEmpty()) {
            call.id = piece.get("id").asText();
        }
        JsonNode function = piece.path("function");
        if (call.name == null && !function.path("name").asText("").isEmpty()) {
            call.name = function.get("name").asText();
        }
        JsonNode arguments = function.path("arguments");
        if (arguments.isTextual()) {
            call.arguments.append(arguments.asText());
        } else if (arguments.isObject()) {
            call.objectArguments = arguments;
        }
    }

    /**
     * The assistant message the stream has added up to so far: {@code text} (the round's text, which the
     * {@code TextStream} keeps) and the assembled tool calls.
     */
    public ChatCompletionResponse.Message message(String text) {
        List<ToolCall> toolCalls = new ArrayList<>();
        calls.forEach((index, call) -> toolCalls.add(call.toCall(index)));
        return new ChatCompletionResponse.Message("assistant", TextNode.valueOf(text),
                toolCalls.isEmpty() ? null : List.copyOf(toolCalls), null);
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> {
                if ("text".equals(part.path("type").asText())) {
                    text.append(part.path("text").asText());
                }
            });
            return text.toString();
        }
        return null;
    }

    @Override
    public boolean isDone() {
        // the API sends [DONE] after the chunk with the finish reason; the reader stops there
        return false;
    }

    @Override
    public StreamResult result(String text) {
        return new StreamResult(text, finishReason, usage, model, id);
    }
}
