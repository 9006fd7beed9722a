package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.batch.BatchJob;
import io.github.camelmistral.api.batch.BatchJobFilter;
import io.github.camelmistral.api.batch.BatchJobStatus;
import io.github.camelmistral.api.batch.BatchResultsFormat;
import io.github.camelmistral.consumer.JobTriggerState.OpenJob;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(BatchJobTriggerConsumer.class);

    public BatchJobTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    private static final Set<String> KNOWN_STATUSES = Set.of(BatchJobStatus.QUEUED, BatchJobStatus.RUNNING,
            BatchJobStatus.SUCCESS, BatchJobStatus.FAILED, BatchJobStatus.TIMEOUT_EXCEEDED,
            BatchJobStatus.CANCELLATION_REQUESTED, BatchJobStatus.CANCELLED);

    @Override
    protected String typePrefix() {
        return "batch_job";
    }

    @Override
    protected Map<String, Object> stateFilters() {
        return options("model", config().getModel(), "agentId", config().getAgentId(), "createdByMe",
                config().getCreatedByMe());
    }

    @Override
    protected boolean isTerminal(String status) {
        return BatchJobStatus.isTerminal(status);
    }

    @Override
    protected boolean isKnown(String status) {
        return KNOWN_STATUSES.contains(status);
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

    /** The filters of the endpoint that narrow every listing, oldest first (newest first when asked). */
    private BatchJobFilter filter(boolean newestFirst) {
        return new BatchJobFilter(config().getModel(), config().getAgentId(), null, null, config().getCreatedByMe(),
                newestFirst);
    }

    private BatchJobFilter filter() {
        return filter(false);
    }

    @Override
    protected CompletableFuture<List<BatchJob>> listCreated(Long createdAfter, long now) {
        if (isPriming() && createdAfter == null) {
            return primingJobs();
        }
        BatchJobFilter created = filter().withCreatedAfter(createdAfter == null ? null : iso(createdAfter));
        return api().batchJobs().list(created).all(config().getPageSize());
    }

    /**
     * What the first start of {@code startFrom=now} must record, without reading the account's history: the newest
     * job ({@code order_by=-created&page_size=1}) and those inside the overlap before it (the next listings would
     * return them again), plus every open job, whose end is still to be reported.
     */
    private CompletableFuture<List<BatchJob>> primingJobs() {
        CompletableFuture<List<BatchJob>> window = api().batchJobs().list(filter(true)).page(0, 1)
                .thenCompose(answer -> {
                    List<BatchJob> newest = answer.body().data();
                    if (newest.isEmpty() || newest.get(0).createdAt() == null) {
                        return CompletableFuture.completedFuture(newest);
                    }
                    long from = newest.get(0).createdAt() - overlapSeconds() - 1;
                    return api().batchJobs().list(filter().withCreatedAfter(iso(from))).all(config().getPageSize());
                });
        CompletableFuture<List<BatchJob>> open = tracksOpenJobs()
                ? api().batchJobs().list(filter().withStatuses(OPEN_STATUSES)).all(config().getPageSize())
                : CompletableFuture.completedFuture(List.of());
        return window.thenCombine(open, (recent, stillOpen) -> {
            List<BatchJob> all = new ArrayList<>(recent);
            all.addAll(stillOpen);
            return all;
        });
    }

    @Override
    protected CompletableFuture<BoundedFanOut.Settled<JobChange<BatchJob>>> refresh(Map<String, OpenJob> open, long now) {
        long oldest = open.values().stream().map(OpenJob::createdAt).filter(Objects::nonNull)
                .mapToLong(Long::longValue).min().orElse(now);
        BatchJobFilter stillOpen = filter().withStatuses(OPEN_STATUSES).withCreatedAfter(iso(oldest - overlapSeconds()));
        return api().batchJobs().list(stillOpen).all(config().getPageSize())
                .thenCompose(listed -> changesOf(open, listed, now));
    }

    private CompletableFuture<BoundedFanOut.Settled<JobChange<BatchJob>>> changesOf(Map<String, OpenJob> open,
                                                                                     List<BatchJob> listed, long now) {
        Map<String, BatchJob> stillOpen = listed.stream()
                .collect(Collectors.toMap(BatchJob::id, Function.identity(), (first, second) -> second));
        List<Supplier<CompletableFuture<JobChange<BatchJob>>>> changes = new ArrayList<>();
        open.forEach((id, recorded) -> {
            BatchJob job = stillOpen.get(id);
            if (job == null) {
                // no longer open: read it once to learn how it ended
                changes.add(() -> orNullIfNotFound(api().batchJobs().get(id))
                        .thenApply(read -> read == null
                                ? JobChange.deleted(id, recorded.status(), now)
                                : change(recorded, read, now)));
            } else if (!job.status().equals(recorded.status())) {
                JobChange<BatchJob> change = change(recorded, job, now);
                changes.add(() -> CompletableFuture.completedFuture(change));
            }
        });
        return confirmAll(changes).thenApply(settled -> new BoundedFanOut.Settled<>(settled.values().stream()
                .filter(change -> change.isDeletion() || !change.status().equals(change.previous())).toList(),
                settled.failures()));
    }

    private JobChange<BatchJob> change(OpenJob recorded, BatchJob job, long now) {
        return new JobChange<>(job.id(), job, recorded.status(), job.status(), timeOf(job, now));
    }

    /**
     * With {@code includeResults=true}, a succeeded job's results go into {@code CamelMistralBatchResults} as an
     * iterator of {@link io.github.camelmistral.api.batch.BatchResult}s over its output and error files, read
     * line by line as the route consumes it (so {@code split().streaming()} handles files of any size); the exchange
     * closes it when done. Results that cannot be opened (the output file was deleted, or cannot be read after the
     * transport's retries) do not fail the event, which would hold it back poll after poll: it is delivered with the
     * reason in {@code CamelMistralBatchResultsError} instead.
     */
    @Override
    protected void prepare(TriggerEvent<JobTriggerState> event, Exchange exchange) throws Exception {
        if (!config().isIncludeResults() || !"succeeded".equals(event.event())
            || !(event.body() instanceof BatchJob job)) {
            return;
        }
        Object results;
        try {
            results = api().batchJobs().results(job, BatchResultsFormat.iterator).get();
        } catch (ExecutionException e) {
            Throwable cause = Futures.unwrap(e);
            LOG.warn("{}: the results of batch job {} cannot be read ({}); the event is delivered with "
                     + "CamelMistralBatchResultsError instead", describe(), job.id(), cause.getMessage());
            exchange.getIn().setHeader(MistralConstants.BATCH_RESULTS_ERROR,
                    cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
            return;
        }
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
