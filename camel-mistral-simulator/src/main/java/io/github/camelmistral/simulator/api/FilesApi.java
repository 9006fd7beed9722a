package io.github.camelmistral.simulator.api;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Multipart;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.http.ValidationErrors;
import io.github.camelmistral.simulator.resources.RequestParams;
import io.github.camelmistral.simulator.resources.SignedUrls;
import io.github.camelmistral.simulator.resources.SimulatorState;
import io.github.camelmistral.simulator.resources.StoredFile;

/** The files API: real stored bytes, offset paging with the spec's filters, hard deletes, signed URLs. */
public final class FilesApi {

    /** The spec's purposes, plus {@code audio} which the docs use. */
    private static final List<String> PURPOSES = List.of("fine-tune", "batch", "ocr", "audio");
    private static final List<String> VISIBILITIES = List.of("workspace", "user");
    private static final List<String> SOURCES = List.of("upload", "repository", "mistral");
    private static final List<String> SAMPLE_TYPES = List.of("pretrain", "instruct", "batch_request", "batch_result",
            "batch_error", "ocr_input");

    private final SimulatorState state;
    private final Supplier<String> baseUrl;

    private FilesApi(SimulatorState state, Supplier<String> baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    public static void register(Router router, SimulatorState state, Supplier<String> baseUrl) {
        FilesApi api = new FilesApi(state, baseUrl);
        router.add("POST", "/v1/files", api::upload)
                .add("GET", "/v1/files", api::list)
                .add("GET", "/v1/files/{file_id}", api::retrieve)
                .add("DELETE", "/v1/files/{file_id}", api::delete)
                .add("GET", "/v1/files/{file_id}/content", api::download)
                .add("GET", "/v1/files/{file_id}/url", api::signedUrl)
                .add("GET", SignedUrls.ROUTE, api::signedDownload);
    }

    private SimResponse upload(SimRequest request) {
        if (!request.isMultipart()) {
            throw ApiException.validation(ValidationErrors.missing(ValidationErrors.loc("body", "file"), null));
        }
        Multipart form = request.multipart();
        Multipart.Part file = form.part("file").filter(part -> part.filename() != null).orElseThrow(
                () -> ApiException.validation(ValidationErrors.missing(ValidationErrors.loc("body", "file"), null)));
        String purpose = formEnum(form, "purpose", PURPOSES, "fine-tune");
        String visibility = formEnum(form, "visibility", VISIBILITIES, "workspace");
        long now = state.clock().epochSecond();
        // the unit of 'expiry' is undocumented; hours, like the signed URL's expiry
        Long expiresAt = form.text("expiry").filter(text -> !text.isBlank())
                .map(hours -> now + Long.parseLong(hours.trim()) * 3600).orElse(null);
        StoredFile stored = state.files().add(new StoredFile(state.ids().uuid("file"), file.filename(), purpose,
                sampleType(purpose), "upload", StoredFile.mimetypeOf(file.filename(), file.contentType()), visibility,
                now, expiresAt, file.content()));
        return SimResponse.ok(stored.toJson());
    }

    private static String formEnum(Multipart form, String name, List<String> allowed, String defaultValue) {
        String value = form.text(name).orElse(defaultValue);
        if (!allowed.contains(value)) {
            throw ApiException.validation(ValidationErrors.enumMismatch(ValidationErrors.loc("body", name), allowed,
                    TextNode.valueOf(value)));
        }
        return value;
    }

    private static String sampleType(String purpose) {
        return switch (purpose) {
            case "batch" -> "batch_request";
            case "ocr" -> "ocr_input";
            default -> "instruct";
        };
    }

    private SimResponse list(SimRequest request) {
        ListFilter<StoredFile> filter = new ListFilter<StoredFile>()
                .when(RequestParams.oneOf(request, "purpose", PURPOSES),
                        purpose -> file -> file.purpose().equals(purpose))
                .whenAny(RequestParams.allOf(request, "source", SOURCES),
                        sources -> file -> sources.contains(file.source()))
                .whenAny(RequestParams.allOf(request, "sample_type", SAMPLE_TYPES),
                        types -> file -> types.contains(file.sampleType()))
                .whenAny(request.queryAll("mimetypes"), mimetypes -> file -> mimetypes.contains(file.mimetype()))
                .when(request.query("search").map(text -> text.toLowerCase(Locale.ROOT)),
                        search -> file -> file.filename().toLowerCase(Locale.ROOT).contains(search));
        List<StoredFile> files = state.files().list().stream().filter(filter).toList();
        return SimResponse.ok(RequestParams.page(request, files, StoredFile::toJson,
                RequestParams.bool(request, "include_total", true)));
    }

    private StoredFile file(SimRequest request) {
        return state.files().get(RequestParams.uuid(request, "file_id"));
    }

    private SimResponse retrieve(SimRequest request) {
        return SimResponse.ok(file(request).toJson().put("deleted", false));
    }

    private SimResponse delete(SimRequest request) {
        StoredFile deleted = state.files().delete(file(request).id());
        return SimResponse.ok(Json.object().put("id", deleted.id()).put("object", "file").put("deleted", true));
    }

    private SimResponse download(SimRequest request) {
        return content(file(request));
    }

    private static SimResponse content(StoredFile file) {
        return SimResponse.bytes("application/octet-stream", file.content())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename().replace("\"", "") + "\"");
    }

    private SimResponse signedUrl(SimRequest request) {
        StoredFile file = file(request);
        long expiresAt = state.clock().epochSecond() + RequestParams.integer(request, "expiry", 24) * 3600L;
        ObjectNode url = Json.object().put("url", SignedUrls.url(baseUrl.get(), file.id(), expiresAt));
        return SimResponse.ok(url);
    }

    /** The download behind a signed URL: no API key, but a valid, unexpired signature. */
    private SimResponse signedDownload(SimRequest request) {
        String fileId = request.pathParam("file_id");
        boolean valid = SignedUrls.isValid(fileId, request.query("se").orElse(null), request.query("sig").orElse(null),
                state.clock().epochSecond());
        if (!valid) {
            throw ApiException.documented(403, "The signed URL is invalid or has expired");
        }
        return content(state.files().get(fileId));
    }
}
