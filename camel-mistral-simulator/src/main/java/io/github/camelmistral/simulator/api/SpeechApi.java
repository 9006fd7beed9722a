package io.github.camelmistral.simulator.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.audio.AudioFormat;
import io.github.camelmistral.simulator.audio.SpeechSynthesis;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.http.SseEvent;
import io.github.camelmistral.simulator.inference.TextDigest;
import io.github.camelmistral.simulator.resources.SimulatorState;

/**
 * Text to speech: {@code {audio_data}} with the base64 of a real audio file of the asked format (mp3 by default),
 * or with {@code stream: true} the spec's {@code speech.audio.delta} events carrying consecutive slices of that file
 * and a final {@code speech.audio.done} with the usage. A {@code voice_id} that is a UUID must be a stored voice;
 * other ids are taken as preset voices.
 */
public final class SpeechApi {

    private static final List<String> FORMATS = Arrays.stream(AudioFormat.values()).map(AudioFormat::specName)
            .toList();
    private static final int STREAM_SLICES = 4;
    /** Audio tokens per second of speech, for the usage the API reports. */
    private static final double TOKENS_PER_SECOND = 12.5;

    private final SimulatorState state;

    private SpeechApi(SimulatorState state) {
        this.state = state;
    }

    public static void register(Router router, SimulatorState state) {
        router.add("POST", "/v1/audio/speech", new SpeechApi(state)::speak);
    }

    private SimResponse speak(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "input");
        JsonBodies.requireOneOf(body, "response_format", FORMATS);
        String voice = body.path("voice_id").asText("");
        if (isUuid(voice)) {
            state.voices().get(voice);
        }
        String text = body.get("input").asText();
        AudioFormat format = AudioFormat.of(body.path("response_format").asText("mp3"));
        byte[] audio = format.encode(SpeechSynthesis.samples(text), SpeechSynthesis.SAMPLE_RATE);
        if (!body.path("stream").asBoolean(false)) {
            return SimResponse.ok(Json.object().put("audio_data", Base64.getEncoder().encodeToString(audio)));
        }
        List<SseEvent> events = new ArrayList<>();
        int slice = (audio.length + STREAM_SLICES - 1) / STREAM_SLICES;
        for (int from = 0; from < audio.length; from += slice) {
            byte[] part = Arrays.copyOfRange(audio, from, Math.min(audio.length, from + slice));
            events.add(event(Json.object().put("type", "speech.audio.delta")
                    .put("audio_data", Base64.getEncoder().encodeToString(part))));
        }
        int promptTokens = TextDigest.tokens(text);
        int completionTokens = (int) Math.ceil(SpeechSynthesis.seconds(text) * TOKENS_PER_SECOND);
        ObjectNode done = Json.object().put("type", "speech.audio.done");
        done.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        events.add(event(done));
        return SimResponse.eventStream(events);
    }

    private static SseEvent event(ObjectNode data) {
        return new SseEvent(data.path("type").asText(), Json.text(data));
    }

    static boolean isUuid(String text) {
        try {
            return text.length() == 36 && UUID.fromString(text) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
