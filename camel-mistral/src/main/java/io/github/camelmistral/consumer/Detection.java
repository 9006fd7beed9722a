package io.github.camelmistral.consumer;

import java.util.List;

/**
 * What one poll found: the events it could establish, and the confirmations that failed (e.g. the GET that tells how
 * a job ended). The events are delivered and recorded anyway; the failed confirmations are asked again at the next
 * poll, and the poll is reported as failed once its events are recorded.
 *
 * @param events      the changes found, in any order
 * @param unconfirmed why some changes could not be established in this poll
 * @param <S>         the state type of the trigger
 */
record Detection<S>(List<TriggerEvent<S>> events, List<Throwable> unconfirmed) {

    Detection {
        events = List.copyOf(events);
        unconfirmed = List.copyOf(unconfirmed);
    }

    static <S> Detection<S> complete(List<TriggerEvent<S>> events) {
        return new Detection<>(events, List.of());
    }
}
