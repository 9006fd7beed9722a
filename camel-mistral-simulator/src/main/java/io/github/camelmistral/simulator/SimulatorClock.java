package io.github.camelmistral.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The simulator's notion of now, which drives job progression and every timestamp it returns. It follows a base
 * clock (the system clock by default) shifted by an offset that tests move with {@link #advance(Duration)} or
 * {@link #set(Instant)}, so a job's hours-long life takes no wall time at all.
 */
public final class SimulatorClock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    private SimulatorClock(Clock base) {
        this.base = base;
    }

    /** Real time, adjustable. */
    public static SimulatorClock system() {
        return new SimulatorClock(Clock.systemUTC());
    }

    /** Frozen at {@code instant} until advanced: every timestamp is then fully deterministic. */
    public static SimulatorClock fixed(Instant instant) {
        return new SimulatorClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    public Instant now() {
        return base.instant().plus(offset);
    }

    /** Now in Unix seconds, the unit of every timestamp field of the API. */
    public long epochSecond() {
        return now().getEpochSecond();
    }

    public synchronized SimulatorClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        offset = offset.plus(duration);
        return this;
    }

    public synchronized SimulatorClock set(Instant instant) {
        offset = Duration.between(base.instant(), instant);
        return this;
    }

    /** Back to the base clock. */
    public synchronized void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public String toString() {
        return "SimulatorClock[" + now() + "]";
    }
}
