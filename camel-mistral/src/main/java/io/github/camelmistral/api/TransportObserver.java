package io.github.camelmistral.api;

import java.time.Duration;

/** Hears what the transport does beyond sending calls, for metrics; the default hears nothing and costs nothing. */
public interface TransportObserver {

    TransportObserver NONE = new TransportObserver() {
    };

    /** A failed attempt of {@code call} is sent again after {@code delay}. */
    default void retried(ApiCall call, int attempts, Throwable failure, Duration delay) {
    }

    /** A call waited {@code waited} for its turn under the component's limits. */
    default void limitWaited(ApiCall call, Duration waited) {
    }
}
