package io.github.camelmistral.api.batch;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.PagedList;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.files.FilesApi;

/** Batch jobs ({@code /v1/batch/jobs}) and their result files. */
public final class BatchJobsApi {

    /** The API a batch runs against when none is given. */
    public static final String DEFAULT_ENDPOINT = "/v1/chat/completions";

    static final String JOBS = "/v1/batch/jobs";

    private final MistralClient client;
    private final FilesApi files;

    public BatchJobsApi(MistralClient client, FilesApi files) {
        this.client = client;
        this.files = files;
    }

    public CompletableFuture<MistralResponse<BatchJob>> create(BatchJobRequest request) {
        return client.call(ApiCall.post(JOBS, request).creating(), BatchJob.class);
    }

    public PagedList<BatchJob> list(BatchJobFilter filter) {
        QueryParameters query = new QueryParameters()
                .add("model", filter.model())
                .add("agent_id", filter.agentId())
                .add("status", filter.statuses())
                .add("created_after", filter.createdAfter())
                .add("created_by_me", filter.createdByMe())
                .add("order_by", filter.newestFirst() == null ? null : filter.newestFirst() ? "-created" : "created");
        return new PagedList<>(client, JOBS, query, BatchJob.class);
    }

    public CompletableFuture<MistralResponse<BatchJob>> get(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(JOBS, id)), BatchJob.class);
    }

    public CompletableFuture<MistralResponse<BatchJob>> cancel(String id) {
        return client.call(ApiCall.post(ApiPaths.resource(JOBS, id, "cancel"), null), BatchJob.class);
    }

    /** Whether a job has output or error files to read results from (a job that has not finished may have none). */
    public static boolean hasResultFiles(BatchJob job) {
        return job.outputFile() != null || job.errorFile() != null;
    }

    /**
     * The results of a job, read from its output file and then its error file: a {@code List<BatchResult>}, a
     * {@code Map<String, BatchResult>} or a streaming {@code Iterator<BatchResult>} that is also {@code Closeable} (see
     * {@link BatchResultsFormat}); the future completes once the first file's content starts to arrive.
     */
    public CompletableFuture<?> results(BatchJob job, BatchResultsFormat format) {
        return new BatchResultFiles(files, job).read(format);
    }

    /**
     * The {@code endpoint} a batch runs against, checked to be an API path ({@code /v1/...}); {@code action} names the
     * caller in the error.
     */
    public static String checkedEndpoint(String action, String endpoint) {
        if (endpoint == null || !endpoint.startsWith("/v1/")) {
            throw new IllegalArgumentException(action + " create: the endpoint option names the API the batch runs "
                                               + "against, e.g. /v1/chat/completions or /v1/embeddings, but is '"
                                               + endpoint + "'");
        }
        return endpoint;
    }
}
