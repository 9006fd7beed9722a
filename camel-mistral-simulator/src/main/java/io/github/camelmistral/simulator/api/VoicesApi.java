package io.github.camelmistral.simulator.api;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.resources.RequestParams;
import io.github.camelmistral.simulator.resources.SimulatorState;
import io.github.camelmistral.simulator.resources.StoredFile;
import io.github.camelmistral.simulator.resources.Voice;

/**
 * Custom voices: create from a base64 sample, list ({@code limit}/{@code offset}), get, update, delete (which answers
 * the deleted voice) and download the sample audio.
 */
public final class VoicesApi {

    private static final List<String> CREATE_FIELDS = List.of("name", "slug", "languages", "gender", "age", "tags",
            "color", "retention_notice");

    private final SimulatorState state;

    private VoicesApi(SimulatorState state) {
        this.state = state;
    }

    public static void register(Router router, SimulatorState state) {
        VoicesApi api = new VoicesApi(state);
        router.add("POST", "/v1/audio/voices", api::create)
                .add("GET", "/v1/audio/voices", api::list)
                .add("GET", "/v1/audio/voices/{voice_id}", api::get)
                .add("PATCH", "/v1/audio/voices/{voice_id}", api::update)
                .add("DELETE", "/v1/audio/voices/{voice_id}", api::delete)
                .add("GET", "/v1/audio/voices/{voice_id}/sample", api::sample);
    }

    private SimResponse create(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "name", "sample_audio");
        byte[] sample;
        try {
            sample = Base64.getMimeDecoder().decode(body.get("sample_audio").asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sample_audio is not valid base64: " + e.getMessage());
        }
        ObjectNode fields = Json.object();
        CREATE_FIELDS.stream().filter(body::has).forEach(name -> fields.set(name, body.get(name)));
        Voice voice = new Voice(state.ids().uuid("voice"), fields, sample, body.path("sample_filename").textValue(),
                state.timestamp());
        return SimResponse.ok(state.voices().add(voice).toJson());
    }

    private SimResponse list(SimRequest request) {
        int limit = RequestParams.integer(request, "limit", 10);
        int offset = RequestParams.integer(request, "offset", 0);
        if (limit < 1) {
            throw ListQueries.outOfRange("limit", limit, "greater than or equal to 1");
        }
        if (offset < 0) {
            throw ListQueries.outOfRange("offset", offset, "greater than or equal to 0");
        }
        List<Voice> voices = state.voices().list();
        ObjectNode list = Json.object();
        ArrayNode items = list.putArray("items");
        voices.stream().skip(offset).limit(limit).forEach(voice -> items.add(voice.toJson()));
        list.put("total", voices.size()).put("page", offset / limit).put("page_size", limit)
                .put("total_pages", (voices.size() + limit - 1) / limit);
        return SimResponse.ok(list);
    }

    private Voice voice(SimRequest request) {
        return state.voices().get(request.pathParam("voice_id"));
    }

    private SimResponse get(SimRequest request) {
        return SimResponse.ok(voice(request).toJson());
    }

    private SimResponse update(SimRequest request) {
        ObjectNode body = JsonBodies.object(request);
        Voice voice = voice(request);
        voice.update(body);
        return SimResponse.ok(voice.toJson());
    }

    private SimResponse delete(SimRequest request) {
        Voice voice = voice(request);
        state.voices().delete(voice.id());
        return SimResponse.ok(voice.toJson());
    }

    /** The sample as uploaded, typed by its file name (WAV when it has none). */
    private SimResponse sample(SimRequest request) {
        Voice voice = voice(request);
        String filename = voice.sampleFilename() == null ? "sample.wav" : voice.sampleFilename();
        String type = StoredFile.mimetypeOf(filename.toLowerCase(Locale.ROOT), null);
        return SimResponse.bytes(type.equals("application/octet-stream") ? "audio/wav" : type, voice.sample());
    }
}
