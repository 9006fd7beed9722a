package io.github.camelmistral.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * The transitions of the open jobs since their recorded status, oldest first per job, and the failures of the
     * reads that could not tell (those jobs stay as recorded until a later poll can).
     */
    protected abstract CompletableFuture<BoundedFanOut.Settled<JobChange<J>>> refresh(Map<String, OpenJob> open,
                                                                                     long nowSeconds);

    /** Whether the status is one this version knows; a job in another one is reported once and no longer tracked. */
    protected abstract boolean isKnown(String status);

    /**
     * Whether a job that reached this status is no longer tracked although it has not ended: by default the statuses
     * this version does not know, whose next steps it cannot tell. Polling them would cost a request per poll forever.
     */
    protected boolean stopsTracking(String status) {
        return !isKnown(status);
    }

    /**
     * How long a job may stay in a status that waits for someone (e.g. a fine-tuning job {@code VALIDATED} without
     * auto-start) before the trigger stops asking about it, in seconds; null for no limit (the default).
     */
    protected Long maxWaitSeconds(String status) {
        return null;
    }

    /** What makes a {@code statusChanged} event id unique beyond {@code job:previous>status} (nothing by default). */
    protected String occurrenceSuffix(JobChange<J> change) {
        return "";
    }

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

    protected boolean tracksOpenJobs() {
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
    protected CompletableFuture<Detection<JobTriggerState>> detect(JobTriggerState current, long now) {
        Map<String, OpenJob> open = new LinkedHashMap<>(current.open);
        List<TriggerEvent<JobTriggerState>> abandoned = new ArrayList<>();
        open.entrySet().removeIf(entry -> {
            Long maxWait = maxWaitSeconds(entry.getValue().status());
            if (maxWait == null || entry.getValue().inStatusSince() > now - maxWait) {
                return false;
            }
            abandoned.add(abandon(entry.getKey(), entry.getValue(), now));
            return true;
        });
        CompletableFuture<BoundedFanOut.Settled<JobChange<J>>> changes = tracksOpenJobs() && !open.isEmpty()
                ? refresh(open, now) : CompletableFuture.completedFuture(new BoundedFanOut.Settled<>(List.of(), List.of()));
        Long createdAfter = current.watermark == null ? null : current.watermark - overlapSeconds();
        return changes.thenCombine(listCreated(createdAfter, now),
                (changed, listed) -> {
                    List<TriggerEvent<JobTriggerState>> events = events(current, changed.values(), listed, now);
                    events.addAll(abandoned);
                    return new Detection<>(events, changed.failures());
                });
    }

    /** Stops following a job that waited too long in its status; nothing is delivered. */
    private TriggerEvent<JobTriggerState> abandon(String id, OpenJob recorded, long now) {
        return new TriggerEvent<>(null, null, null, id, now, null, Map.of(), state -> {
            LOG.info("{}: job {} has been {} for more than {} s; it is no longer tracked and its later transitions "
                     + "are not reported", describe(), id, recorded.status(), maxWaitSeconds(recorded.status()));
            state.open.remove(id);
            if (recorded.createdAt() != null) {
                // a listing that still reaches it must not take it for a new job
                state.seen.put(id, recorded.createdAt());
            }
        });
    }

    private List<TriggerEvent<JobTriggerState>> events(JobTriggerState current, List<JobChange<J>> changed,
                                                       List<J> listed, long now) {
        List<TriggerEvent<JobTriggerState>> events = new ArrayList<>();
        changed.forEach(change -> events.add(changeEvent(change, current.open.get(change.jobId()).createdAt(), now)));
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
                events.add(changeEvent(firstSight(job, now), job.createdAt(), now, recordSeen));
            } else {
                events.add(new TriggerEvent<>(CREATED, typePrefix() + ".created", typePrefix() + ".created:" + id, id,
                        at, job, headers(job, null, job.status()), recordSeen));
            }
        }
        return events;
    }

    private TriggerEvent<JobTriggerState> changeEvent(JobChange<J> change, Long createdAt, long recordedAt) {
        return changeEvent(change, createdAt, recordedAt, state -> {
        });
    }

    /**
     * One transition as one event: delivered when the trigger listens to {@code statusChanged}, or to the terminal
     * event this transition ends in; otherwise silent, recording the new status only (after {@code alsoRecord}).
     */
    private TriggerEvent<JobTriggerState> changeEvent(JobChange<J> change, Long createdAt, long recordedAt,
                                                      Consumer<JobTriggerState> alsoRecord) {
        String id = change.jobId();
        if (change.isDeletion()) {
            return new TriggerEvent<>(null, null, null, id, change.at(), null, Map.of(), state -> {
                LOG.info("{}: job {} (last seen {}) is gone from the API and no longer tracked", describe(), id,
                        change.previous());
                state.open.remove(id);
            });
        }
        Consumer<JobTriggerState> commit = state -> {
            alsoRecord.accept(state);
            if (isTerminal(change.status())) {
                state.open.remove(id);
            } else if (stopsTracking(change.status())) {
                LOG.info("{}: job {} reached status {}, which this trigger does not follow; it is no longer tracked",
                        describe(), id, change.status());
                state.open.remove(id);
            } else {
                state.open.put(id, new OpenJob(change.status(), createdAt, change.at(), recordedAt));
            }
        };
        String terminal = terminalEvent(change.status());
        String event;
        String type;
        String eventId;
        if (STATUS_CHANGED.equals(listenedEvent())) {
            event = STATUS_CHANGED;
            type = typePrefix() + ".status_changed";
            eventId = type + ":" + id + ":" + (change.previous() == null ? "" : change.previous()) + ">" + change.status()
                      + occurrenceSuffix(change);
        } else {
            event = terminal != null && terminal.equals(listenedEvent()) ? terminal : null;
            type = typePrefix() + "." + terminal;
            eventId = type + ":" + id;
        }
        return new TriggerEvent<>(event, type, eventId, id, change.at(), change.job(),
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
     * The watermark moves only here, once the events of the poll are recorded: moved by each event, it could pass a
     * job whose exchange failed later in the same poll, and the next listing would no longer return that job. For the
     * same reason it stays before the oldest job seen for the first time whose event is left for the next poll.
     */
    @Override
    protected void afterPoll(JobTriggerState current, long now, List<TriggerEvent<JobTriggerState>> uncommitted) {
        Long oldestPending = uncommitted.stream()
                .map(TriggerEvent::body)
                .filter(MistralJob.class::isInstance)
                .map(MistralJob.class::cast)
                .filter(job -> !current.seen.containsKey(job.id()) && !current.open.containsKey(job.id()))
                .map(MistralJob::createdAt)
                .filter(Objects::nonNull)
                .min(Long::compare).orElse(null);
        current.seen.values().stream().max(Long::compare).ifPresent(newest -> {
            long reachable = oldestPending == null ? newest : Math.min(newest, oldestPending - 1);
            current.watermark = current.watermark == null ? reachable : Math.max(current.watermark, reachable);
        });
        if (current.watermark != null) {
            // one second of slack: whether created_after is inclusive is unspecified
            long oldestListable = current.watermark - overlapSeconds() - 1;
            current.seen.values().removeIf(createdAt -> createdAt < oldestListable);
        }
    }

}
