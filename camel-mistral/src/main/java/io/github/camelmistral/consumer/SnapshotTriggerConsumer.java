package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.camelmistral.MistralEndpoint;
import org.apache.camel.Processor;

/**
 * Triggers on resources the API lists without any time filter, so that only snapshots tell what appeared and what
 * disappeared ({@code file}, {@code model}).
 * <p>
 * Each poll scans the whole (filtered) list. A scan that fails on any page fails the poll, so a partial list never
 * passes for a complete one and never turns into mass deletions. An id missing from a complete scan is read once
 * more: only a 404 or {@code deleted: true} makes it a deletion; a resource that is still there (it fell between two
 * pages while the list shifted) stays known. Those reads run at most {@code pollConcurrency} at a time; one that fails
 * leaves its id known, to be asked about at the next poll, while the confirmed deletions are delivered.
 *
 * @param <R> the resource record
 */
abstract class SnapshotTriggerConsumer<R> extends MistralPollingConsumer<SnapshotTriggerState> {

    static final String DELETED = "deleted";

    /**
     * What a snapshot trigger's events are called and how its resources are identified.
     *
     * @param typePrefix    the prefix of the event types, e.g. {@code file}
     * @param appearedEvent the event of a new resource: {@code uploaded} or {@code created}
     * @param idHeader      the header that carries the resource id
     * @param idOf          the id of a resource
     * @param createdAtOf   the creation time of a resource, in seconds, or null
     */
    record Kind<R>(String typePrefix, String appearedEvent, String idHeader, Function<R, String> idOf,
                   Function<R, Long> createdAtOf) {
    }

    private final Kind<R> kind;

    SnapshotTriggerConsumer(MistralEndpoint endpoint, Processor processor, Kind<R> kind) {
        super(endpoint, processor, SnapshotTriggerState.class);
        this.kind = kind;
    }

    private String idOf(R resource) {
        return kind.idOf().apply(resource);
    }

    private Long createdAtOf(R resource) {
        return kind.createdAtOf().apply(resource);
    }

    /** The complete, filtered list; fails when any part of it fails. */
    protected abstract CompletableFuture<List<R>> scan();

    /**
     * Reads one resource again, to confirm a deletion: null when the API answers 404. A deletion is confirmed by that,
     * or by a resource the API still answers for but marks deleted (see {@link #isMarkedDeleted}).
     */
    protected abstract CompletableFuture<R> read(String id);

    /** Whether a resource that is still answered for is marked deleted ({@code deleted: true}). */
    protected boolean isMarkedDeleted(R resource) {
        return false;
    }

    /** The body of a deletion event: what the API says of a deleted resource. */
    protected abstract Object deletedBody(String id);

    /** The resource's {@code expires_at}, or null when it has none (the default: most resources never expire). */
    protected Long expiresAtOf(R resource) {
        return null;
    }

    /**
     * The Boolean header of a deletion event that says whether the resource was last seen with an {@code expires_at}
     * at or before the detection time (API-NOTES.md: report it as expired); null when the resource has no expiry.
     */
    protected String expiredHeader() {
        return null;
    }

    @Override
    protected SnapshotTriggerState newState() {
        return new SnapshotTriggerState();
    }

    @Override
    protected CompletableFuture<Detection<SnapshotTriggerState>> detect(SnapshotTriggerState current, long now) {
        return scan().thenCompose(scanned -> {
            Map<String, R> present = new LinkedHashMap<>();
            scanned.forEach(resource -> present.putIfAbsent(idOf(resource), resource));
            List<TriggerEvent<SnapshotTriggerState>> events = new ArrayList<>();
            present.values().stream()
                    .filter(resource -> !current.known.containsKey(idOf(resource)))
                    .sorted(Comparator.comparing((R resource) -> createdAtOf(resource),
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(this::idOf))
                    .forEach(resource -> events.add(appeared(resource, now)));
            // a state stored before expiries were kept lacks them: fill them in silently from this complete scan
            present.values().stream()
                    .filter(resource -> current.known.containsKey(idOf(resource))
                                        && !Objects.equals(current.expiresAt.get(idOf(resource)), expiresAtOf(resource)))
                    .forEach(resource -> events.add(expiryRecorded(resource, now)));
            List<Supplier<CompletableFuture<TriggerEvent<SnapshotTriggerState>>>> deletions = new ArrayList<>();
            current.known.keySet().stream().filter(id -> !present.containsKey(id))
                    .forEach(id -> deletions.add(() -> confirmDeleted(id, current.expiresAt.get(id), now)));
            // a deletion that cannot be confirmed now stays known and is asked about again at the next poll
            return confirmAll(deletions).thenApply(confirmed -> {
                confirmed.values().stream().filter(Objects::nonNull).forEach(events::add);
                return new Detection<>(events, confirmed.failures());
            });
        });
    }

    private TriggerEvent<SnapshotTriggerState> appeared(R resource, long now) {
        String id = idOf(resource);
        Long createdAt = createdAtOf(resource);
        String event = kind.appearedEvent();
        String type = kind.typePrefix() + "." + event;
        return new TriggerEvent<>(event.equals(listenedEvent()) ? event : null, type, type + ":" + id, id,
                createdAt != null ? createdAt : now, resource, Map.of(kind.idHeader(), id), state -> {
                    state.known.put(id, createdAt);
                    recordExpiry(state, id, expiresAtOf(resource));
                });
    }

    /** Nothing to deliver: only keeps the {@code expires_at} of a known resource. */
    private TriggerEvent<SnapshotTriggerState> expiryRecorded(R resource, long now) {
        String id = idOf(resource);
        Long expiresAt = expiresAtOf(resource);
        return new TriggerEvent<>(null, null, null, id, now, null, Map.of(), state -> {
            if (state.known.containsKey(id)) {
                recordExpiry(state, id, expiresAt);
            }
        });
    }

    private static void recordExpiry(SnapshotTriggerState state, String id, Long expiresAt) {
        if (expiresAt != null) {
            state.expiresAt.put(id, expiresAt);
        } else {
            state.expiresAt.remove(id);
        }
    }

    /** The deletion event of an id a complete scan no longer lists, or null when the resource is still there. */
    private CompletableFuture<TriggerEvent<SnapshotTriggerState>> confirmDeleted(String id, Long expiresAt, long now) {
        return read(id)
                .thenApply(resource -> resource == null || isMarkedDeleted(resource))
                .thenApply(gone -> {
                    if (!gone) {
                        return null;
                    }
                    String type = kind.typePrefix() + "." + DELETED;
                    Map<String, Object> headers = new LinkedHashMap<>();
                    headers.put(kind.idHeader(), id);
                    if (expiredHeader() != null) {
                        headers.put(expiredHeader(), expiresAt != null && expiresAt <= now);
                    }
                    return new TriggerEvent<>(DELETED.equals(listenedEvent()) ? DELETED : null, type, type + ":" + id,
                            id, now, deletedBody(id), headers, state -> {
                                state.known.remove(id);
                                state.expiresAt.remove(id);
                            });
                });
    }
}
