package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.finetuning.FineTuningJob;
import io.github.camelmistral.api.finetuning.FineTuningJobFilter;
import io.github.camelmistral.api.finetuning.FineTuningJobStatus;
import io.github.camelmistral.api.finetuning.JobEvent;
import io.github.camelmistral.consumer.JobTriggerState.OpenJob;
import org.apache.camel.Processor;

/**
 * {@code mistral:fineTuningJob?event=created|succeeded|failed|cancelled|statusChanged}.
 * <p>
 * Per poll: one listing of the window {@code [watermark - overlap, now]} (closed, because the listing's order is
 * undocumented: jobs created while paging fall outside it and wait for the next poll instead of shifting pages), and
 * one GET per open job. The detailed job's {@code status-updated} events give every transition since the last poll
 * with its time, so a job that went through several statuses between two polls reports each of them. A
 * {@code failed} event covers {@code FAILED} and {@code FAILED_VALIDATION}.
 */
public class FineTuningJobTriggerConsumer extends JobTriggerConsumer<FineTuningJob> {

    public FineTuningJobTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    private static final Set<String> KNOWN_STATUSES = Set.of(FineTuningJobStatus.QUEUED, FineTuningJobStatus.STARTED,
            FineTuningJobStatus.VALIDATING, FineTuningJobStatus.VALIDATED, FineTuningJobStatus.RUNNING,
            FineTuningJobStatus.FAILED_VALIDATION, FineTuningJobStatus.FAILED, FineTuningJobStatus.SUCCESS,
            FineTuningJobStatus.CANCELLED, FineTuningJobStatus.CANCELLATION_REQUESTED);

    @Override
    protected String typePrefix() {
        return "fine_tuning_job";
    }

    @Override
    protected Map<String, Object> stateFilters() {
        return options("model", config().getModel(), "createdByMe", config().getCreatedByMe());
    }

    @Override
    protected boolean isKnown(String status) {
        return KNOWN_STATUSES.contains(status);
    }

    /** How long a job stays tracked while {@code VALIDATED}: 7 days. */
    static final long MAX_VALIDATED_WAIT_SECONDS = 7 * 24 * 3600L;

    /**
     * A {@code VALIDATED} job waits for someone to start it ({@code auto_start=false}), possibly for ever, and
     * following it costs one GET per poll for as long: after 7 days in that status it is no longer tracked.
     */
    @Override
    protected Long maxWaitSeconds(String status) {
        return FineTuningJobStatus.VALIDATED.equals(status) ? MAX_VALIDATED_WAIT_SECONDS : null;
    }

    /** A fine-tuning job can go through the same transition twice (e.g. back to QUEUED): its time tells them apart. */
    @Override
    protected String occurrenceSuffix(JobChange<FineTuningJob> change) {
        return "@" + change.at();
    }

    @Override
    protected boolean isTerminal(String status) {
        return FineTuningJobStatus.isTerminal(status);
    }

    @Override
    protected String terminalEvent(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case FineTuningJobStatus.SUCCESS -> "succeeded";
            case FineTuningJobStatus.FAILED, FineTuningJobStatus.FAILED_VALIDATION -> "failed";
            case FineTuningJobStatus.CANCELLED -> "cancelled";
            default -> null;
        };
    }

    @Override
    protected CompletableFuture<List<FineTuningJob>> listCreated(Long createdAfter, long now) {
        FineTuningJobFilter window = new FineTuningJobFilter(config().getModel(), null,
                createdAfter == null ? null : iso(createdAfter), iso(now), config().getCreatedByMe(), null);
        return api().fineTuningJobs().list(window).all(config().getPageSize());
    }

    @Override
    protected CompletableFuture<BoundedFanOut.Settled<JobChange<FineTuningJob>>> refresh(Map<String, OpenJob> open,
                                                                                          long now) {
        List<Supplier<CompletableFuture<List<JobChange<FineTuningJob>>>>> perJob = new ArrayList<>();
        open.forEach((id, recorded) -> perJob.add(() -> orNullIfNotFound(api().fineTuningJobs().get(id))
                .thenApply(job -> job == null
                        ? List.of(JobChange.<FineTuningJob> deleted(id, recorded.status(), now))
                        : changesSince(recorded, job, now))));
        return confirmAll(perJob).thenApply(settled -> new BoundedFanOut.Settled<>(
                settled.values().stream().flatMap(List::stream).toList(), settled.failures()));
    }

    /**
     * The transitions after the recorded status, from the job's {@code status-updated} events (newest first in the
     * API), ending in the job's current status even when the events do not show the last step.
     */
    private List<JobChange<FineTuningJob>> changesSince(OpenJob recorded, FineTuningJob job, long now) {
        List<JobEvent> history = statusHistory(job);
        long since = recorded.since() != null ? recorded.since() : Long.MIN_VALUE;
        int last = -1;
        for (int i = 0; i < history.size(); i++) {
            long at = history.get(i).createdAt() != null ? history.get(i).createdAt() : since;
            if (at < since || (at == since && history.get(i).statusUpdate().equals(recorded.status()))) {
                last = i;
            }
        }
        List<JobChange<FineTuningJob>> changes = new ArrayList<>();
        String status = recorded.status();
        for (JobEvent event : history.subList(last + 1, history.size())) {
            if (!event.statusUpdate().equals(status)) {
                long at = event.createdAt() != null ? event.createdAt() : now;
                changes.add(new JobChange<>(job.id(), job, status, event.statusUpdate(), at));
                status = event.statusUpdate();
            }
        }
        if (!status.equals(job.status())) {
            changes.add(new JobChange<>(job.id(), job, status, job.status(), timeOf(job, now)));
        }
        return changes;
    }

    /** The status changes of a detailed job, oldest first. */
    private static List<JobEvent> statusHistory(FineTuningJob job) {
        List<JobEvent> history = new ArrayList<>();
        if (job.events() != null) {
            job.events().stream().filter(event -> event.statusUpdate() != null).forEach(history::add);
        }
        // the API lists events newest first; sort by time, keeping the API's order reversed within one second
        Collections.reverse(history);
        history.sort(Comparator.comparing(JobEvent::createdAt,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return history;
    }

    @Override
    protected long timeOf(FineTuningJob job, long now) {
        Long at = job.modifiedAt() != null ? job.modifiedAt() : job.createdAt();
        return at != null ? at : now;
    }
}
