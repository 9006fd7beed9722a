package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.SseEvent;

/**
 * A completion replayed as the API streams it (API-NOTES.md, "Streaming"): data-only events, a first chunk with
 * {@code delta: {role: "assistant", content: ""}}, content chunks with a null {@code finish_reason}, a final chunk
 * carrying the last piece with the {@code finish_reason} and the {@code usage}, then {@code data: [DONE]}.
 */
public final class ChatStream {

    private static final int WORDS_PER_CHUNK = 2;

    private ChatStream() {
    }

    public static List<SseEvent> events(ObjectNode completion) {
        List<SseEvent> events = new ArrayList<>();
        JsonNode choices = completion.path("choices");
        for (int c = 0; c < choices.size(); c++) {
            JsonNode choice = choices.get(c);
            int index = choice.path("index").asInt();
            events.add(chunk(completion, index, Json.object().put("role", "assistant").put("content", ""), null,
                    null));
            JsonNode message = choice.path("message");
            List<String> pieces = pieces(message.path("content").asText(""));
            for (int p = 0; p < pieces.size() - 1; p++) {
                events.add(chunk(completion, index, Json.object().put("content", pieces.get(p)), null, null));
            }
            ObjectNode lastDelta = Json.object().put("content", pieces.isEmpty() ? "" : pieces.get(pieces.size() - 1));
            if (!message.path("tool_calls").isNull() && !message.path("tool_calls").isMissingNode()) {
                lastDelta.set("tool_calls", message.get("tool_calls"));
            }
            boolean lastChoice = c == choices.size() - 1;
            events.add(chunk(completion, index, lastDelta, choice.path("finish_reason").asText(),
                    lastChoice ? completion.get("usage") : null));
        }
        events.add(SseEvent.data("[DONE]"));
        return events;
    }

    private static SseEvent chunk(ObjectNode completion, int index, ObjectNode delta, String finishReason,
            JsonNode usage) {
        ObjectNode chunk = Json.object();
        chunk.put("id", completion.path("id").asText());
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", completion.path("created").asLong());
        chunk.put("model", completion.path("model").asText());
        ObjectNode choice = chunk.putArray("choices").addObject();
        choice.put("index", index);
        choice.set("delta", delta);
        choice.set("finish_reason", finishReason == null ? NullNode.getInstance() : TextNode.valueOf(finishReason));
        if (usage != null) {
            chunk.set("usage", usage);
        }
        return SseEvent.data(Json.text(chunk));
    }

    /** The content in pieces of a couple of words, each keeping its leading space, as tokens stream. */
    private static List<String> pieces(String content) {
        List<String> pieces = new ArrayList<>();
        String[] words = content.split("(?<=\\S)(?=\\s)");
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            piece.append(words[i]);
            if ((i + 1) % WORDS_PER_CHUNK == 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
