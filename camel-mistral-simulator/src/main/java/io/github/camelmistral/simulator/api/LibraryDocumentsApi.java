package io.github.camelmistral.simulator.api;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.simulator.JobScript;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Multipart;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.http.ValidationErrors;
import io.github.camelmistral.simulator.resources.Library;
import io.github.camelmistral.simulator.resources.LibraryDocument;
import io.github.camelmistral.simulator.resources.RequestParams;
import io.github.camelmistral.simulator.resources.SignedUrls;
import io.github.camelmistral.simulator.resources.SimulatorState;
import io.github.camelmistral.simulator.resources.StoredFile;

/**
 * The documents of a library: multipart upload, list, get, rename and re-attribute, delete, processing status,
 * extracted text, signed URLs (of the content and of the extracted text) and reprocessing. Processing follows the
 * document-processing {@link JobScript} on the simulator clock.
 */
public final class LibraryDocumentsApi {

    private static final String DOCUMENT = "/v1/libraries/{library_id}/documents/{document_id}";
    private static final String SIGNED_CONTENT = "/simulator/signed-documents/{library_id}/{document_id}";
    private static final String SIGNED_TEXT = SIGNED_CONTENT + "/text";
    private static final long SIGNED_URL_SECONDS = 24 * 3600L;
    private static final List<String> SORT_KEYS = List.of("created_at", "name", "size");
    private static final List<String> SORT_ORDERS = List.of("asc", "desc");

    private final SimulatorState state;
    private final JobScript script;
    private final Supplier<String> baseUrl;

    private LibraryDocumentsApi(SimulatorState state, JobScript script, Supplier<String> baseUrl) {
        this.state = state;
        this.script = script;
        this.baseUrl = baseUrl;
    }

    public static void register(Router router, SimulatorState state, JobScript script, Supplier<String> baseUrl) {
        LibraryDocumentsApi api = new LibraryDocumentsApi(state, script, baseUrl);
        router.add("POST", "/v1/libraries/{library_id}/documents", api::upload)
                .add("GET", "/v1/libraries/{library_id}/documents", api::list)
                .add("GET", DOCUMENT, api::get)
                .add("PUT", DOCUMENT, api::update)
                // the newer API (and the current SDKs) update with PATCH; same body, same answer
                .add("PATCH", DOCUMENT, api::update)
                .add("DELETE", DOCUMENT, api::delete)
                .add("GET", DOCUMENT + "/status", api::status)
                .add("GET", DOCUMENT + "/text_content", api::textContent)
                .add("GET", DOCUMENT + "/signed-url", api::signedUrl)
                .add("GET", DOCUMENT + "/extracted-text-signed-url", api::extractedTextSignedUrl)
                .add("POST", DOCUMENT + "/reprocess", api::reprocess)
                .add("GET", SIGNED_CONTENT, api::signedContent)
                .add("GET", SIGNED_TEXT, api::signedText);
    }

    private SimResponse upload(SimRequest request) {
        Library library = LibrariesApi.library(state, request);
        Optional<Multipart.Part> part = request.isMultipart() ? request.multipart().part("file") : Optional.empty();
        Multipart.Part file = part.filter(given -> given.filename() != null).orElseThrow(() -> ApiException
                .validation(ValidationErrors.missing(ValidationErrors.loc("body", "file"), null)));
        LibraryDocument document = new LibraryDocument(state.ids().uuid("document"), library.id(), file.filename(),
                StoredFile.mimetypeOf(file.filename(), file.contentType()), file.content(), state.timestamp());
        plan(document);
        library.documents().add(document);
        library.touch(state.timestamp());
        return SimResponse.json(201, document.toJson(state.timestamp()));
    }

    private void plan(LibraryDocument document) {
        document.process(state.timestamp(), script.queuedFor(), script.runningFor(), script.nextOutcome(null));
    }

    private SimResponse list(SimRequest request) {
        Library library = LibrariesApi.library(state, request);
        String sortBy = RequestParams.oneOf(request, "sort_by", SORT_KEYS).orElse("created_at");
        boolean descending = RequestParams.oneOf(request, "sort_order", SORT_ORDERS).orElse("desc").equals("desc");
        int pageSize = RequestParams.integer(request, "page_size", 100);
        if (pageSize > 100) {
            throw ApiException.validation(ValidationErrors.item("less_than_equal", ValidationErrors.loc("query",
                    "page_size"), "Input should be less than or equal to 100", TextNode.valueOf("" + pageSize)));
        }
        Comparator<LibraryDocument> order = switch (sortBy) {
            case "name" -> Comparator.comparing(LibraryDocument::name);
            case "size" -> Comparator.comparingLong(LibraryDocument::size);
            default -> Comparator.comparing(LibraryDocument::createdAt);
        };
        // the store lists newest first; a stable sort keeps that order among equal keys
        List<LibraryDocument> documents = library.documents().list().stream()
                .filter(document -> request.query("search").map(search -> document.name().toLowerCase(Locale.ROOT)
                        .contains(search.toLowerCase(Locale.ROOT))).orElse(true))
                .sorted(descending ? order.reversed() : order).toList();
        List<LibraryDocument> page = ListQueries.page(request, documents, 100);
        int current = RequestParams.integer(request, "page", 0);
        ObjectNode list = Json.object();
        list.putObject("pagination").put("total_items", documents.size())
                .put("total_pages", (documents.size() + pageSize - 1) / pageSize).put("current_page", current)
                .put("page_size", pageSize).put("has_more", (long) (current + 1) * pageSize < documents.size());
        ArrayNode data = list.putArray("data");
        page.forEach(document -> data.add(document.toJson(state.timestamp())));
        return SimResponse.ok(list);
    }

    private LibraryDocument document(SimRequest request) {
        return LibrariesApi.library(state, request).documents().get(RequestParams.uuid(request, "document_id"));
    }

    private SimResponse get(SimRequest request) {
        return SimResponse.ok(document(request).toJson(state.timestamp()));
    }

    private SimResponse update(SimRequest request) {
        ObjectNode body = JsonBodies.object(request);
        LibraryDocument document = document(request);
        document.update(body.path("name").textValue(), body.hasNonNull("attributes") ? body.get("attributes") : null);
        return SimResponse.ok(document.toJson(state.timestamp()));
    }

    private SimResponse delete(SimRequest request) {
        Library library = LibrariesApi.library(state, request);
        library.documents().delete(document(request).id());
        library.touch(state.timestamp());
        return SimResponse.empty(204);
    }

    private SimResponse status(SimRequest request) {
        LibraryDocument document = document(request);
        String status = document.status(state.timestamp());
        return SimResponse.ok(Json.object().put("document_id", document.id()).put("process_status", status)
                .put("processing_status", status));
    }

    /** The extracted text, once processing is done; before that (or after an error) there is none to give. */
    private LibraryDocument processed(SimRequest request) {
        LibraryDocument document = document(request);
        if (!document.isDone(state.timestamp())) {
            throw ApiException.badRequest("Document " + document.id() + " has no extracted text: its process_status"
                    + " is " + document.status(state.timestamp()));
        }
        return document;
    }

    private SimResponse textContent(SimRequest request) {
        return SimResponse.ok(Json.object().put("text", processed(request).text()));
    }

    private SimResponse signedUrl(SimRequest request) {
        LibraryDocument document = document(request);
        return signed(request, SIGNED_CONTENT, document.id());
    }

    private SimResponse extractedTextSignedUrl(SimRequest request) {
        LibraryDocument document = processed(request);
        return signed(request, SIGNED_TEXT, "text:" + document.id());
    }

    /** A signed URL, answered as the JSON string the spec declares. */
    private SimResponse signed(SimRequest request, String route, String key) {
        String path = route.replace("{library_id}", request.pathParam("library_id"))
                .replace("{document_id}", request.pathParam("document_id"));
        long expiresAt = state.clock().epochSecond() + SIGNED_URL_SECONDS;
        return SimResponse.ok(TextNode.valueOf(SignedUrls.url(baseUrl.get(), path, key, expiresAt)));
    }

    private SimResponse reprocess(SimRequest request) {
        plan(document(request));
        return SimResponse.empty(204);
    }

    /** The download behind a content signed URL: no API key, but a valid, unexpired signature. */
    private SimResponse signedContent(SimRequest request) {
        LibraryDocument document = signedDocument(request, "");
        return SimResponse.bytes("application/octet-stream", document.content()).header("Content-Disposition",
                "attachment; filename=\"" + document.name().replace("\"", "") + "\"");
    }

    private SimResponse signedText(SimRequest request) {
        return SimResponse.bytes("text/plain; charset=utf-8", signedDocument(request, "text:").text()
                .getBytes(StandardCharsets.UTF_8));
    }

    private LibraryDocument signedDocument(SimRequest request, String keyPrefix) {
        String documentId = request.pathParam("document_id");
        if (!SignedUrls.isValid(keyPrefix + documentId, request.query("se").orElse(null),
                request.query("sig").orElse(null), state.clock().epochSecond())) {
            throw ApiException.documented(403, "The signed URL is invalid or has expired");
        }
        return document(request);
    }
}
