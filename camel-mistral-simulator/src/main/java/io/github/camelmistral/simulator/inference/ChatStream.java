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
 * {@code delta: {role: "assistant", content: ""}}, content chunks with a null {@code finish_reason}, one chunk per
 * tool call ({@code delta.tool_calls} holding that call), the last of these chunks carrying the
 * {@code finish_reason} and the {@code usage}, then {@code data: [DONE]}.
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
            List<ObjectNode> deltas = deltas(choice.path("message"));
            for (int d = 0; d < deltas.size() - 1; d++) {
                events.add(chunk(completion, index, deltas.get(d), null, null));
            }
            boolean lastChoice = c == choices.size() - 1;
            events.add(chunk(completion, index, deltas.get(deltas.size() - 1), choice.path("finish_reason").asText(),
                    lastChoice ? completion.get("usage") : null));
        }
        events.add(SseEvent.data("[DONE]"));
        return events;
    }

    /**
     * The deltas after the role chunk: the content in pieces, then one delta per tool call (each carrying its
     * {@code index}, as clients merge calls by it); never empty.
     */
    private static List<ObjectNode> deltas(JsonNode message) {
        List<ObjectNode> deltas = new ArrayList<>();
        pieces(message.path("content").asText("")).forEach(piece -> deltas.add(Json.object().put("content", piece)));
        for (JsonNode call : message.path("tool_calls")) {
            ObjectNode delta = Json.object().put("content", "");
            delta.putArray("tool_calls").add(call);
            deltas.add(delta);
        }
        if (deltas.isEmpty()) {
            deltas.add(Json.object().put("content", ""));
        }
        return deltas;
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
