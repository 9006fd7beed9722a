package io.github.camelmistral.api.conversations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.ApiError;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.stream.SseEvent;
import io.github.camelmistral.api.stream.StreamDecoder;
import io.github.camelmistral.api.stream.StreamResult;

/**
 * The events of a streamed conversation turn (spec {@code ConversationEvents}, named by their {@code event:} line and
 * their {@code type}): {@code conversation.response.started} brings the conversation id, {@code message.output.delta}
 * the text (a string, or chunks whose {@code text} ones count), {@code function.call.delta} the function calls (in
 * pieces of the same {@code tool_call_id}, whose arguments join), {@code conversation.response.done} the usage and the
 * end (no {@code [DONE]} follows); {@code conversation.response.error} fails the stream. Tool executions and handoffs
 * add no text.
 * <p>
 * The result's {@code id} is the conversation id, its finish reason {@code tool_calls} when the turn ended with
 * function calls, else {@code stop}.
 */
public final class ConversationStreamDecoder implements StreamDecoder {

    /** A function call the turn asks for, assembled from its deltas. */
    public record FunctionCall(String toolCallId, String name, String arguments) {
    }

    private final String method;
    private final String path;
    private final Map<String, String[]> calls = new LinkedHashMap<>();
    private String conversationId;
    private String model;
    private Usage usage;
    private boolean done;

    public ConversationStreamDecoder(String method, String path) {
        this.method = method;
        this.path = path;
    }

    @Override
    public String decode(SseEvent event) throws MistralApiException {
        JsonNode data = event.json(method, path);
        String type = data.path("type").asText(event.event() == null ? "" : event.event());
        switch (type) {
            case "conversation.response.started" -> conversationId = data.path("conversation_id").asText(null);
            case "message.output.delta" -> {
                model = data.hasNonNull("model") ? data.get("model").asText() : model;
                return text(data.path("content"));
            }
            case "function.call.delta" -> {
                String callId = data.path("tool_call_id").asText(data.path("id").asText());
                String[] call = calls.computeIfAbsent(callId, id -> new String[] { null, "" });
                if (data.hasNonNull("name") && !data.get("name").asText().isEmpty()) {
                    call[0] = data.get("name").asText();
                }
                call[1] += data.path("arguments").asText("");
            }
            case "conversation.response.done" -> {
                if (data.hasNonNull("usage")) {
                    usage = MistralJson.mapper().convertValue(data.get("usage"), Usage.class);
                }
                done = true;
            }
            case "conversation.response.error" -> throw new MistralApiException(method, path, 200,
                    new ApiError("conversation.response.error", data.path("code").asText(null),
                            data.path("message").asText("the conversation failed")), null, event.data(), null);
            default -> {
                // tool executions and agent handoffs carry no text of the answer
            }
        }
        return null;
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        content.forEach(chunk -> {
            if ("text".equals(chunk.path("type").asText())) {
                text.append(chunk.path("text").asText());
            }
        });
        return text.toString();
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public StreamResult result(String text) {
        return new StreamResult(text, calls.isEmpty() ? "stop" : "tool_calls", usage, model, conversationId);
    }

    /** The conversation id, from the started event; null before it. */
    public String conversationId() {
        return conversationId;
    }

    /** The function calls of the turn so far, in arrival order. */
    public List<FunctionCall> functionCalls() {
        List<FunctionCall> all = new ArrayList<>();
        calls.forEach((id, call) -> all.add(new FunctionCall(id, call[0], call[1])));
        return all;
    }
}
