package io.github.camelmistral.api.files;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Multipart;
import io.github.camelmistral.api.PagedList;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.UploadSource;

/** Files ({@code /v1/files}): streamed uploads and downloads, lists, reads, deletions and signed URLs. */
public final class FilesApi {

    static final String FILES = "/v1/files";
    /** The media type of the file part: the API detects the type itself (its {@code mimetype} field). */
    private static final String FILE_PART_TYPE = "application/octet-stream";

    private final MistralClient client;

    public FilesApi(MistralClient client) {
        this.client = client;
    }

    /** Uploads {@code content} as a multipart form, streamed: the file is never held in memory. */
    public CompletableFuture<MistralResponse<MistralFile>> upload(UploadSource content, String fileName, String purpose) {
        Multipart form = Multipart.builder()
                .field("purpose", purpose)
                .file("file", fileName, FILE_PART_TYPE, content)
                .build();
        return client.upload(ApiCall.post(FILES, null).creating(), form, MistralFile.class);
    }

    /** The files {@code filter} leaves in, in the API's order (it has no order or date filter). */
    public PagedList<MistralFile> list(FileFilter filter) {
        QueryParameters query = new QueryParameters()
                .add("purpose", filter.purpose())
                .add("source", filter.sources())
                .add("sample_type", filter.sampleTypes())
                .add("search", filter.search())
                .add("include_total", filter.includeTotal());
        return new PagedList<>(client, FILES, query, MistralFile.class);
    }

    /** The file's metadata; {@code deleted} is true for a file that is gone but still answers. */
    public CompletableFuture<MistralResponse<MistralFile>> get(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(FILES, id)), MistralFile.class);
    }

    public CompletableFuture<MistralResponse<FileDeleted>> delete(String id) {
        return client.call(ApiCall.delete(ApiPaths.resource(FILES, id)), FileDeleted.class);
    }

    /**
     * The content as a stream that reads from the connection (see {@link MistralClient#download}); the reader must
     * close it.
     */
    public CompletableFuture<MistralResponse<InputStream>> download(String id) {
        return client.download(contentCall(id));
    }

    /**
     * {@link #download} for a thread that blocks until the body starts (see {@link MistralClient#downloadAndWait}).
     */
    public InputStream downloadAndWait(String id) throws MistralApiException, MistralConnectionException {
        return client.downloadAndWait(contentCall(id)).body();
    }

    /** A pre-signed URL to the content, valid for {@code expiryHours} (the API's default when null). */
    public CompletableFuture<MistralResponse<SignedUrl>> signedUrl(String id, Integer expiryHours) {
        ApiCall call = ApiCall.get(ApiPaths.resource(FILES, id, "url"),
                new QueryParameters().add("expiry", expiryHours).toMap());
        return client.call(call, SignedUrl.class);
    }

    private static ApiCall contentCall(String id) {
        return ApiCall.get(ApiPaths.resource(FILES, id, "content"));
    }
}
