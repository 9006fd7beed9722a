package io.github.camelmistral.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralJob;
import io.github.camelmistral.consumer.JobTriggerState.OpenJob;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job triggers ({@code created}, {@code succeeded}, {@code failed}, {@code cancelled}, {@code statusChanged}):
 * <ul>
 * <li>new jobs come from a listing with {@code created_after} = newest {@code created_at} recorded minus an overlap,
 * deduplicated by id;</li>
 * <li>transitions come from the jobs recorded as open: a subclass asks the API about those jobs only, so a job seen
 * {@code QUEUED} is reported when it ends however many polls later, and a poll costs requests in proportion to the
 * open jobs, not to the account's history;</li>
 * <li>a job already finished when first seen is reported at once (after its {@code created} event).</li>
 * </ul>
 * A {@code created}-only trigger does not track open jobs at all.
 *
 * @param <J> the job record
 */
abstract class JobTriggerConsumer<J extends MistralJob> extends MistralPollingConsumer<JobTriggerState> {

    private static final Logger LOG = LoggerFactory.getLogger(JobTriggerConsumer.class);

    static final String CREATED = "created";
    static final String STATUS_CHANGED = "statusChanged";

    JobTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor, JobTriggerState.class);
    }

    /** The prefix of this trigger's event types, e.g. {@code batch_job}. */
    protected abstract String typePrefix();

    protected abstract boolean isTerminal(String status);

    /** {@code succeeded}, {@code failed} or {@code cancelled} for a terminal status, else null. */
    protected abstract String terminalEvent(String status);

    /** Every job created after {@code createdAfter} (Unix seconds, null for all), in any order. */
    protected abstract CompletableFuture<List<J>> listCreated(Long createdAfter, long nowSeconds);

    /** The transitions of the open jobs since their recorded status, oldest first per job. */
    protected abstract CompletableFuture<List<JobChange<J>>> refresh(Map<String, OpenJob> open, long nowSeconds);

    /** The transition that records a job seen for the first time. */
    /** When the job reached its current status, as far as the job tells; {@code nowSeconds} when it does not. */
    protected abstract long timeOf(J job, long nowSeconds);

    /** The change a job seen for the first time stands for: its status, with no previous one. */
    protected JobChange<J> firstSight(J job, long nowSeconds) {
        return new JobChange<>(job.id(), job, null, job.status(), timeOf(job, nowSeconds));
    }

    @Override
    protected JobTriggerState newState() {
        return new JobTriggerState();
    }

    private boolean tracksOpenJobs() {
        return !CREATED.equals(listenedEvent());
    }

    protected long overlapSeconds() {
        return Math.max(0, config().getCreatedAfterOverlap() / 1000);
    }

    /** A Unix time in the ISO-8601 form the list filters take. */
    protected static String iso(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }

    @Override
    protected CompletableFuture<List<TriggerEvent<JobTriggerState>>> detect(JobTriggerState current, long now) {
        Map<String, OpenJob> open = new LinkedHashMap<>(current.open);
        CompletableFuture<List<JobChange<J>>> changes = tracksOpenJobs() && !open.isEmpty()
                ? refresh(open, now) : CompletableFuture.completedFuture(List.of());
        Long createdAfter = current.watermark == null ? null : current.watermark - overlapSeconds();
        return changes.thenCombine(listCreated(createdAfter, now),
                (changed, listed) -> events(current, changed, listed, now));
    }

    private List<TriggerEvent<JobTriggerState>> events(JobTriggerState current, List<JobChange<J>> changed,
                                                       List<J> listed, long now) {
        List<TriggerEvent<JobTriggerState>> events = new ArrayList<>();
        changed.forEach(change -> events.add(changeEvent(change, current.open.get(change.jobId()).createdAt())));
        List<J> byCreation = new ArrayList<>(listed);
        byCreation.sort(Comparator.comparing(J::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(J::id));
        Set<String> found = new HashSet<>();
        for (J job : byCreation) {
            String id = job.id();
            if (current.seen.containsKey(id) || current.open.containsKey(id) || !found.add(id)) {
                continue;
            }
            long at = job.createdAt() != null ? job.createdAt() : now;
            Consumer<JobTriggerState> recordSeen = state -> state.seen.put(id, at);
            if (tracksOpenJobs()) {
                // one commit for both: recorded apart, a later event's save could keep the job as seen without its
                // first sight, whose event would then never come again
                events.add(changeEvent(firstSight(job, now), job.createdAt(), recordSeen));
            } else {
                events.add(new TriggerEvent<>(CREATED, typePrefix() + ".created", typePrefix() + ".created:" + id, at,
                        job, headers(job, null, job.status()), recordSeen));
            }
        }
        return events;
    }

    private TriggerEvent<JobTriggerState> changeEvent(JobChange<J> change, Long createdAt) {
        return changeEvent(change, createdAt, state -> {
        });
    }

    /**
     * One transition as one event: delivered when the trigger listens to {@code statusChanged}, or to the terminal
     * event this transition ends in; otherwise silent, recording the new status only (after {@code alsoRecord}).
     */
    private TriggerEvent<JobTriggerState> changeEvent(JobChange<J> change, Long createdAt,
                                                      Consumer<JobTriggerState> alsoRecord) {
        String id = change.jobId();
        if (change.isDeletion()) {
            return new TriggerEvent<>(null, null, null, change.at(), null, Map.of(), state -> {
                LOG.info("{}: job {} (last seen {}) is gone from the API and no longer tracked", describe(), id,
                        change.previous());
                state.open.remove(id);
            });
        }
        Consumer<JobTriggerState> commit = state -> {
            alsoRecord.accept(state);
            if (isTerminal(change.status())) {
                state.open.remove(id);
            } else {
                state.open.put(id, new OpenJob(change.status(), createdAt, change.at()));
            }
        };
        String terminal = terminalEvent(change.status());
        String event;
        String type;
        String eventId;
        if (STATUS_CHANGED.equals(listenedEvent())) {
            event = STATUS_CHANGED;
            type = typePrefix() + ".status_changed";
            eventId = type + ":" + id + ":" + (change.previous() == null ? "" : change.previous()) + ">" + change.status();
        } else {
            event = terminal != null && terminal.equals(listenedEvent()) ? terminal : null;
            type = typePrefix() + "." + terminal;
            eventId = type + ":" + id;
        }
        return new TriggerEvent<>(event, type, eventId, change.at(), change.job(),
                headers(change.job(), change.previous(), change.status()), commit);
    }

    private Map<String, Object> headers(J job, String previous, String status) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(MistralConstants.JOB_ID, job.id());
        headers.put(MistralConstants.JOB_STATUS, status);
        headers.put(MistralConstants.PREVIOUS_STATUS, previous);
        return headers;
    }

    /**
     * The watermark moves only here, once every event of the poll is recorded: moved by each event, it could pass a
     * job whose exchange failed later in the same poll, and the next listing would no longer return that job.
     */
    @Override
    protected void afterPoll(JobTriggerState current, long now) {
        current.seen.values().stream().max(Long::compare).ifPresent(newest -> current.watermark =
                current.watermark == null ? newest : Math.max(current.watermark, newest));
        if (current.watermark != null) {
            // one second of slack: whether created_after is inclusive is unspecified
            long oldestListable = current.watermark - overlapSeconds() - 1;
            current.seen.values().removeIf(createdAt -> createdAt < oldestListable);
        }
    }

}
