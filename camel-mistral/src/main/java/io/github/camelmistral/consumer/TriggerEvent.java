package io.github.camelmistral.consumer;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One change a poll found: what it is ({@code event} as in the {@code event} option, {@code type} the event type),
 * its stable id, when it happened, what the exchange carries, and how the trigger's state records it.
 * <p>
 * {@code commit} is applied only once the event is delivered (or, when the trigger does not listen to this kind, in
 * its turn), so a failed exchange leaves the state as if the event had not been seen yet.
 *
 * @param <S> the state type of the trigger
 */
record TriggerEvent<S>(String event, String type, String id, long occurredAt, Object body,
                       Map<String, Object> headers, Consumer<S> commit) {

    /** Oldest first; events of the same second keep the order they were found in (a sort must be stable). */
    static <S> Comparator<TriggerEvent<S>> inOccurrenceOrder() {
        return Comparator.comparingLong(TriggerEvent::occurredAt);
    }
}
