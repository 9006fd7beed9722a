package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.batch.BatchJob;
import io.github.camelmistral.api.batch.BatchJobFilter;
import io.github.camelmistral.api.batch.BatchJobStatus;
import io.github.camelmistral.api.batch.BatchResultsFormat;
import io.github.camelmistral.consumer.JobTriggerState.OpenJob;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * {@code mistral:batchJob?event=created|succeeded|failed|cancelled|statusChanged}.
 * <p>
 * Per poll: one listing of the jobs created since the watermark (oldest first, so jobs created while paging land on
 * later pages instead of shifting earlier ones), and, when jobs are open, one listing of the open statuses since the
 * oldest open job; an open job missing from that complete listing has finished and is read once with a GET. A
 * {@code failed} event covers {@code FAILED} and {@code TIMEOUT_EXCEEDED}; the exact status is in
 * {@code CamelMistralJobStatus}.
 */
public class BatchJobTriggerConsumer extends JobTriggerConsumer<BatchJob> {

    private static final List<String> OPEN_STATUSES = List.of(BatchJobStatus.QUEUED, BatchJobStatus.RUNNING,
            BatchJobStatus.CANCELLATION_REQUESTED);

    public BatchJobTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected String typePrefix() {
        return "batch_job";
    }




    @Override
    protected boolean isTerminal(String status) {
        return BatchJobStatus.isTerminal(status);
    }

    @Override
    protected String terminalEvent(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case BatchJobStatus.SUCCESS -> "succeeded";
            case BatchJobStatus.FAILED, BatchJobStatus.TIMEOUT_EXCEEDED -> "failed";
            case BatchJobStatus.CANCELLED -> "cancelled";
            default -> null;
        };
    }

    /** The filters of the endpoint that narrow every listing, oldest first. */
    private BatchJobFilter filter() {
        return new BatchJobFilter(config().getModel(), config().getAgentId(), null, null, config().getCreatedByMe(),
                false);
    }

    @Override
    protected CompletableFuture<List<BatchJob>> listCreated(Long createdAfter, long now) {
        BatchJobFilter created = filter().withCreatedAfter(createdAfter == null ? null : iso(createdAfter));
        return api().batchJobs().list(created).all(config().getPageSize());
    }

    @Override
    protected CompletableFuture<List<JobChange<BatchJob>>> refresh(Map<String, OpenJob> open, long now) {
        long oldest = open.values().stream().map(OpenJob::createdAt).filter(Objects::nonNull)
                .mapToLong(Long::longValue).min().orElse(now);
        BatchJobFilter stillOpen = filter().withStatuses(OPEN_STATUSES).withCreatedAfter(iso(oldest - overlapSeconds()));
        return api().batchJobs().list(stillOpen).all(config().getPageSize())
                .thenCompose(listed -> changesOf(open, listed, now));
    }

    private CompletableFuture<List<JobChange<BatchJob>>> changesOf(Map<String, OpenJob> open, List<BatchJob> listed,
                                                                   long now) {
        Map<String, BatchJob> stillOpen = listed.stream()
                .collect(Collectors.toMap(BatchJob::id, Function.identity(), (first, second) -> second));
        List<CompletableFuture<JobChange<BatchJob>>> changes = new ArrayList<>();
        open.forEach((id, recorded) -> {
            BatchJob job = stillOpen.get(id);
            if (job == null) {
                // no longer open: read it once to learn how it ended
                changes.add(orNullIfNotFound(api().batchJobs().get(id))
                        .thenApply(read -> read == null
                                ? JobChange.deleted(id, recorded.status(), now)
                                : change(recorded, read, now)));
            } else if (!job.status().equals(recorded.status())) {
                changes.add(CompletableFuture.completedFuture(change(recorded, job, now)));
            }
        });
        return allOf(changes).thenApply(all -> all.stream()
                .filter(change -> change.isDeletion() || !change.status().equals(change.previous())).toList());
    }

    private JobChange<BatchJob> change(OpenJob recorded, BatchJob job, long now) {
        return new JobChange<>(job.id(), job, recorded.status(), job.status(), timeOf(job, now));
    }

    /**
     * With {@code includeResults=true}, a succeeded job's results go into {@code CamelMistralBatchResults} as an
     * iterator of {@link io.github.camelmistral.api.batch.BatchResult}s over its output and error files, read
     * line by line as the route consumes it (so {@code split().streaming()} handles files of any size); the exchange
     * closes it when done.
     */
    @Override
    protected void prepare(TriggerEvent<JobTriggerState> event, Exchange exchange) throws Exception {
        if (!config().isIncludeResults() || !"succeeded".equals(event.event())
            || !(event.body() instanceof BatchJob job)) {
            return;
        }
        Object results = api().batchJobs().results(job, BatchResultsFormat.iterator).get();
        exchange.getIn().setHeader(MistralConstants.BATCH_RESULTS, results);
        ExchangeResources.closeWhenDone(exchange, results);
    }

    /** When a job reached its status, as far as the job tells: batch jobs have no modification time. */
    @Override
    protected long timeOf(BatchJob job, long now) {
        Long at = null;
        if (job.isTerminal()) {
            at = job.completedAt();
        } else if (BatchJobStatus.RUNNING.equals(job.status())) {
            at = job.startedAt();
        } else if (BatchJobStatus.QUEUED.equals(job.status())) {
            at = job.createdAt();
        }
        return at != null ? at : now;
    }
}
