package io.github.camelmistral.simulator.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Multipart;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.http.ValidationErrors;
import io.github.camelmistral.simulator.inference.Transcriptions;
import io.github.camelmistral.simulator.resources.FileStore;
import io.github.camelmistral.simulator.resources.SignedUrls;

/** {@code POST /v1/audio/transcriptions}: multipart, the audio as {@code file}, {@code file_url} or {@code file_id}. */
public final class TranscriptionApi {

    /** What a link the simulator cannot fetch is taken to hold: ten seconds of audio. */
    private static final long UNKNOWN_AUDIO_BYTES = 160_000;

    private final FileStore files;

    private TranscriptionApi(FileStore files) {
        this.files = files;
    }

    public static void register(Router router, FileStore files) {
        router.add("POST", "/v1/audio/transcriptions", new TranscriptionApi(files)::transcribe);
    }

    private SimResponse transcribe(SimRequest request) {
        if (!request.isMultipart()) {
            throw ApiException.validation(ValidationErrors.notAnObject(null));
        }
        Multipart form = request.multipart();
        String model = form.text("model").orElseThrow(() -> ApiException.validation(
                ValidationErrors.missing(ValidationErrors.loc("body", "model"), null)));
        List<String> sources = List.of("file", "file_url", "file_id").stream()
                .filter(name -> form.part(name).isPresent()).toList();
        if (sources.size() != 1) {
            throw ApiException.validation(ValidationErrors.item("value_error", ValidationErrors.loc("body"),
                    "Value error, exactly one of file, file_url or file_id must be provided", null));
        }
        ObjectNode response = Transcriptions.transcribe(model, describe(form, sources.get(0)),
                audioBytes(form, sources.get(0)), form.text("language").orElse(null),
                form.text("diarize").map(Boolean::parseBoolean).orElse(false));
        boolean stream = form.text("stream").map(Boolean::parseBoolean).orElse(false);
        return stream ? SimResponse.eventStream(Transcriptions.streamEvents(response)) : SimResponse.ok(response);
    }

    private String describe(Multipart form, String source) {
        return switch (source) {
            case "file" -> "the uploaded file " + form.part("file").map(Multipart.Part::filename).orElse("audio");
            case "file_url" -> "fetched from " + form.text("file_url").orElse("");
            default -> "the stored file " + files.get(form.text("file_id").orElse("")).filename();
        };
    }

    private long audioBytes(Multipart form, String source) {
        return switch (source) {
            case "file" -> form.part("file").map(part -> (long) part.content().length).orElse(0L);
            case "file_url" -> form.text("file_url").flatMap(SignedUrls::fileIdOf).flatMap(files::find)
                    .map(file -> (long) file.content().length).orElse(UNKNOWN_AUDIO_BYTES);
            default -> files.get(form.text("file_id").orElse("")).content().length;
        };
    }
}
