package io.github.camelmistral.consumer;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One change a poll found: what it is ({@code event} as in the {@code event} option, {@code type} the event type),
 * its stable id, the resource it belongs to, when it happened, what the exchange carries, and how the trigger's state
 * records it.
 * <p>
 * {@code commit} is applied only once the event is delivered (or, when the trigger does not listen to this kind, in
 * its turn), so a failed exchange leaves the state as if the event had not been seen yet.
 * <p>
 * {@code orderKey} names the resource whose events must keep their order (a job id, a file id): when an event of that
 * resource is held back, the later ones of the same resource are held back too, and the others go on. A null key
 * marks a barrier (e.g. moving a cursor on): it is held back when anything before it is.
 *
 * @param <S> the state type of the trigger
 */
record TriggerEvent<S>(String event, String type, String id, String orderKey, long occurredAt, Object body,
                       Map<String, Object> headers, Consumer<S> commit) {

    /** Oldest first; events of the same second keep the order they were found in (a sort must be stable). */
    static <S> Comparator<TriggerEvent<S>> inOccurrenceOrder() {
        return Comparator.comparingLong(TriggerEvent::occurredAt);
    }
}
