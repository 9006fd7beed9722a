package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.SseEvent;

/**
 * A conversation turn as the API streams it (spec {@code ConversationEvents}): named events whose data carries the
 * same {@code type}; {@code conversation.response.started}, then per output entry {@code message.output.delta}
 * pieces, one {@code function.call.delta}, or {@code tool.execution.started} and {@code tool.execution.done}; then
 * {@code conversation.response.done} with the usage. No {@code [DONE]} sentinel ends it.
 */
public final class ConversationStream {

    private static final Pattern PIECE = Pattern.compile("\\s*\\S+(?:\\s+\\S+)?|\\s+$");

    private ConversationStream() {
    }

    public static List<SseEvent> events(String conversationId, List<ObjectNode> outputs, JsonNode usage,
            String createdAt) {
        List<SseEvent> events = new ArrayList<>();
        events.add(event(Json.object().put("type", "conversation.response.started").put("created_at", createdAt)
                .put("conversation_id", conversationId)));
        for (int index = 0; index < outputs.size(); index++) {
            ObjectNode output = outputs.get(index);
            switch (output.path("type").asText()) {
                case "message.output" -> {
                    for (String piece : pieces(MessageContent.text(output.path("content")))) {
                        events.add(event(delta(output, "message.output.delta", index).put("content_index", 0)
                                .put("role", "assistant").put("content", piece)));
                    }
                }
                case "function.call" -> events.add(event(delta(output, "function.call.delta", index)
                        .put("name", output.path("name").asText())
                        .put("tool_call_id", output.path("tool_call_id").asText())
                        .put("arguments", output.path("arguments").asText())));
                case "tool.execution" -> {
                    events.add(event(delta(output, "tool.execution.started", index)
                            .put("name", output.path("name").asText())
                            .put("arguments", output.path("arguments").asText())));
                    // the done event has neither model nor agent_id in the spec
                    ObjectNode done = Json.object().put("type", "tool.execution.done")
                            .put("created_at", output.path("created_at").asText()).put("output_index", index)
                            .put("id", output.path("id").asText()).put("name", output.path("name").asText());
                    done.set("info", output.path("info"));
                    events.add(event(done));
                }
                default -> {
                    // the simulator hands off to no agent: nothing else is produced
                }
            }
        }
        ObjectNode done = Json.object().put("type", "conversation.response.done").put("created_at", createdAt);
        done.set("usage", usage);
        events.add(event(done));
        return events;
    }

    private static ObjectNode delta(ObjectNode output, String type, int index) {
        ObjectNode delta = Json.object().put("type", type).put("created_at", output.path("created_at").asText())
                .put("output_index", index).put("id", output.path("id").asText());
        delta.set("model", output.get("model"));
        delta.set("agent_id", output.get("agent_id"));
        return delta;
    }

    private static SseEvent event(ObjectNode data) {
        return new SseEvent(data.path("type").asText(), Json.text(data));
    }

    /** The text in pieces of up to two words, each with its leading space, which join back to the text. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher piece = PIECE.matcher(text);
        while (piece.find()) {
            pieces.add(piece.group());
        }
        return pieces.isEmpty() ? List.of(text) : pieces;
    }
}
