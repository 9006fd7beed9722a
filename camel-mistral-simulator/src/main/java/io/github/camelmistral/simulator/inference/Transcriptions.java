package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.SseEvent;

/**
 * Audio transcription: a text that names the audio it was given, split into two timed segments. The audio's length
 * is estimated from its size at 16 kB per second (128 kbit/s), which also gives {@code prompt_audio_seconds}.
 */
public final class Transcriptions {

    private static final int BYTES_PER_SECOND = 16_000;

    private Transcriptions() {
    }

    /**
     * The streamed form: named events (unlike chat), {@code transcription.language}, one
     * {@code transcription.text.delta} and {@code transcription.segment} per segment, then {@code transcription.done}
     * with the full text and usage.
     */
    public static List<SseEvent> streamEvents(ObjectNode response) {
        List<SseEvent> events = new ArrayList<>();
        events.add(event("transcription.language", Json.object().put("audio_language", response.path("language")
                .asText())));
        for (JsonNode segment : response.path("segments")) {
            String text = (events.size() == 1 ? "" : " ") + segment.path("text").asText();
            events.add(event("transcription.text.delta", Json.object().put("text", text)));
            ObjectNode delta = Json.object().put("text", segment.path("text").asText());
            delta.set("start", segment.get("start"));
            delta.set("end", segment.get("end"));
            if (segment.has("speaker_id")) {
                delta.set("speaker_id", segment.get("speaker_id"));
            }
            events.add(event("transcription.segment", delta));
        }
        events.add(event("transcription.done", response.deepCopy()));
        return events;
    }

    private static SseEvent event(String type, ObjectNode data) {
        ObjectNode typed = Json.object().put("type", type);
        typed.setAll(data);
        return new SseEvent(type, Json.text(typed));
    }

    public static ObjectNode transcribe(String model, String source, long audioBytes, String language,
            boolean diarize) {
        int seconds = (int) Math.max(1, audioBytes / BYTES_PER_SECOND);
        List<String> sentences = List.of("Simulated transcription by the Mistral simulator (" + model + ").",
                "The audio was " + source + ".");
        ObjectNode response = Json.object();
        response.put("model", model);
        response.put("text", String.join(" ", sentences));
        response.put("language", language == null || language.isBlank() ? "en" : language);
        ArrayNode segments = response.putArray("segments");
        double segmentLength = seconds / (double) sentences.size();
        for (int i = 0; i < sentences.size(); i++) {
            ObjectNode segment = segments.addObject();
            segment.put("type", "transcription_segment");
            segment.put("text", sentences.get(i));
            segment.put("start", i * segmentLength);
            segment.put("end", (i + 1) * segmentLength);
            if (diarize) {
                segment.put("speaker_id", "speaker_" + (i % 2));
            }
        }
        int completionTokens = TextDigest.tokens(response.path("text").asText());
        int promptTokens = seconds * 12; // audio is billed as tokens too; roughly 12 per second
        response.putObject("usage").put("prompt_audio_seconds", seconds).put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens).put("total_tokens", promptTokens + completionTokens);
        return response;
    }
}
