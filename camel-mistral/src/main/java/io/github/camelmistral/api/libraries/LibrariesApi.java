package io.github.camelmistral.api.libraries;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.ListPage;
import io.github.camelmistral.api.Listing;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Multipart;
import io.github.camelmistral.api.Pages;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.UploadSource;

/**
 * Libraries ({@code /v1/libraries}, beta), their documents and who they are shared with. Libraries are listed in one
 * answer; documents page by {@code page}/{@code page_size} with a {@code pagination} object.
 */
public final class LibrariesApi {

    static final String LIBRARIES = "/v1/libraries";
    private static final String FILE_PART_TYPE = "application/octet-stream";

    private final MistralClient client;

    public LibrariesApi(MistralClient client) {
        this.client = client;
    }

    /** {@code name} required, {@code description} and {@code chunk_size} optional; never retried into a duplicate. */
    public CompletableFuture<MistralResponse<Library>> create(Object request) {
        return client.call(ApiCall.post(LIBRARIES, request).creating(), Library.class);
    }

    public CompletableFuture<List<Library>> list() {
        return client.call(ApiCall.get(LIBRARIES), LibraryList.class).thenApply(answer -> answer.body().data());
    }

    public CompletableFuture<MistralResponse<Library>> get(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(LIBRARIES, id)), Library.class);
    }

    public CompletableFuture<MistralResponse<Library>> update(String id, Object request) {
        return client.call(new ApiCall("PUT", ApiPaths.resource(LIBRARIES, id), null, request), Library.class);
    }

    /** Deletes the library with its documents; the API answers the library as it was. */
    public CompletableFuture<MistralResponse<Library>> delete(String id) {
        return client.call(ApiCall.delete(ApiPaths.resource(LIBRARIES, id)), Library.class);
    }

    /** {@code share_with_uuid}, {@code share_with_type} (User, Workspace, Org) and {@code level} (Viewer, Editor). */
    public CompletableFuture<MistralResponse<LibrarySharing>> share(String id, Object request) {
        return client.call(new ApiCall("PUT", ApiPaths.resource(LIBRARIES, id, "share"), null, request),
                LibrarySharing.class);
    }

    /** {@code share_with_uuid} and {@code share_with_type}: the access to remove, sent as the DELETE's body. */
    public CompletableFuture<MistralResponse<LibrarySharing>> unshare(String id, Object request) {
        return client.call(new ApiCall("DELETE", ApiPaths.resource(LIBRARIES, id, "share"), null, request),
                LibrarySharing.class);
    }

    public CompletableFuture<List<LibrarySharing>> accesses(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(LIBRARIES, id, "share")), SharingList.class)
                .thenApply(answer -> answer.body().data());
    }

    /** Uploads a document as a multipart form, streamed; its processing starts at once (see {@link #status}). */
    public CompletableFuture<MistralResponse<LibraryDocument>> upload(String libraryId, UploadSource content,
                                                                      String fileName) {
        Multipart form = Multipart.builder().file("file", fileName, FILE_PART_TYPE, content).build();
        return client.upload(ApiCall.post(documents(libraryId), null).creating(), form, LibraryDocument.class);
    }

    public Listing<LibraryDocument> documents(String libraryId, String search) {
        return documents(libraryId, new QueryParameters().add("search", search));
    }

    /**
     * The documents newest first ({@code sort_by=created_at&sort_order=desc}, spelled out rather than left to the
     * API's default): documents uploaded while the list is paged push the others to later pages, so reading the head
     * of the list until older documents show up misses none (a trigger's way to find new ones).
     */
    public Listing<LibraryDocument> documentsNewestFirst(String libraryId) {
        return documents(libraryId, new QueryParameters().add("sort_by", "created_at").add("sort_order", "desc"));
    }

    private Listing<LibraryDocument> documents(String libraryId, QueryParameters filters) {
        String path = documents(libraryId);
        return new Listing<>() {
            @Override
            public CompletableFuture<MistralResponse<ListPage<LibraryDocument>>> page(int page, int pageSize) {
                ApiCall call = ApiCall.get(path, QueryParameters.of(filters.toMap()).set("page", page)
                        .set("page_size", pageSize).toMap());
                return client.call(call, DocumentList.class).thenApply(answer -> new MistralResponse<>(
                        answer.statusCode(), answer.body().toPage(), answer.requestId(), answer.method(), answer.path(),
                        answer.rateLimits()));
            }

            @Override
            public CompletableFuture<List<LibraryDocument>> all(int pageSize) {
                return Pages.all(pageSize, page -> page(page, pageSize).thenApply(MistralResponse::body));
            }
        };
    }

    public CompletableFuture<MistralResponse<LibraryDocument>> document(String libraryId, String documentId) {
        return client.call(ApiCall.get(documentPath(libraryId, documentId)), LibraryDocument.class);
    }

    /** {@code name} and {@code attributes} (a map of strings, numbers, booleans and lists of them). */
    public CompletableFuture<MistralResponse<LibraryDocument>> updateDocument(String libraryId, String documentId,
                                                                              Object request) {
        return client.call(new ApiCall("PUT", documentPath(libraryId, documentId), null, request), LibraryDocument.class);
    }

    public CompletableFuture<MistralResponse<Void>> deleteDocument(String libraryId, String documentId) {
        return client.call(ApiCall.delete(documentPath(libraryId, documentId)), Void.class);
    }

    public CompletableFuture<MistralResponse<DocumentStatus>> status(String libraryId, String documentId) {
        return client.call(ApiCall.get(documentPath(libraryId, documentId) + "/status"), DocumentStatus.class);
    }

    /** The text extracted from the document. */
    public CompletableFuture<MistralResponse<DocumentText>> text(String libraryId, String documentId) {
        return client.call(ApiCall.get(documentPath(libraryId, documentId) + "/text_content"), DocumentText.class);
    }

    /** A pre-signed URL to the document's original file (the API answers a JSON string). */
    public CompletableFuture<MistralResponse<String>> signedUrl(String libraryId, String documentId) {
        return client.call(ApiCall.get(documentPath(libraryId, documentId) + "/signed-url"), String.class);
    }

    /** Processes the document again; the API answers 204. */
    public CompletableFuture<MistralResponse<Void>> reprocess(String libraryId, String documentId) {
        return client.call(ApiCall.post(documentPath(libraryId, documentId) + "/reprocess", null), Void.class);
    }

    private static String documents(String libraryId) {
        return ApiPaths.resource(LIBRARIES, libraryId, "documents");
    }

    private static String documentPath(String libraryId, String documentId) {
        return documents(libraryId) + "/" + ApiPaths.segment(documentId);
    }

    /** The extracted text of a document. */
    public record DocumentText(String text) {
    }

    record LibraryList(List<Library> data) {
        LibraryList {
            data = data == null ? List.of() : data;
        }
    }

    record SharingList(List<LibrarySharing> data) {
        SharingList {
            data = data == null ? List.of() : data;
        }
    }

    record DocumentList(List<LibraryDocument> data, Map<String, Object> pagination) {
        ListPage<LibraryDocument> toPage() {
            Object total = pagination == null ? null : pagination.get("total_items");
            return new ListPage<>(data, "list", total instanceof Number n ? n.intValue() : null);
        }
    }
}
