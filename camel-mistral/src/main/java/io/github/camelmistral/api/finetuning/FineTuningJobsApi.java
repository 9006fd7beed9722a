package io.github.camelmistral.api.finetuning;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.PagedList;
import io.github.camelmistral.api.QueryParameters;

/** Fine-tuning jobs ({@code /v1/fine_tuning/jobs}). */
public final class FineTuningJobsApi {

    static final String JOBS = "/v1/fine_tuning/jobs";

    private final MistralClient client;

    public FineTuningJobsApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<FineTuningJob>> create(FineTuningJobRequest request) {
        return client.call(ApiCall.post(JOBS, request).creating(), FineTuningJob.class);
    }

    /** What creating the job would cost, without creating it ({@code dry_run=true}). */
    public CompletableFuture<MistralResponse<FineTuningJobEstimate>> estimate(FineTuningJobRequest request) {
        return client.call(new ApiCall("POST", JOBS, Map.of("dry_run", List.of("true")), request),
                FineTuningJobEstimate.class);
    }

    public PagedList<FineTuningJob> list(FineTuningJobFilter filter) {
        QueryParameters query = new QueryParameters()
                .add("model", filter.model())
                .add("status", filter.status())
                .add("created_after", filter.createdAfter())
                .add("created_before", filter.createdBefore())
                .add("created_by_me", filter.createdByMe())
                .add("suffix", filter.suffix());
        return new PagedList<>(client, JOBS, query, FineTuningJob.class);
    }

    /** The detailed job, with its events and checkpoints. */
    public CompletableFuture<MistralResponse<FineTuningJob>> get(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(JOBS, id)), FineTuningJob.class);
    }

    public CompletableFuture<MistralResponse<FineTuningJob>> cancel(String id) {
        return client.call(ApiCall.post(ApiPaths.resource(JOBS, id, "cancel"), null), FineTuningJob.class);
    }

    /** Starts a validated job created with {@code auto_start=false}. */
    public CompletableFuture<MistralResponse<FineTuningJob>> start(String id) {
        return client.call(ApiCall.post(ApiPaths.resource(JOBS, id, "start"), null), FineTuningJob.class);
    }
}
