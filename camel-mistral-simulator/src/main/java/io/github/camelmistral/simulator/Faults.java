package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault injection switches. Faults fire in the order they were added; delays add up and then the request goes
 * on, while the first matching fault of any other kind decides the request's fate.
 */
public final class Faults {

    private final List<Fault> armed = new ArrayList<>();

    /** What the faults decide for one request: a total delay, then maybe a failure. */
    record Plan(Duration delay, Fault failure) {
    }

    /** The next request to {@code path} gets {@code status} (e.g. 429, 500, 503). */
    public Faults failNext(String path, int status) {
        return inject(Fault.status(status).on(path));
    }

    /** The next request to {@code path} gets {@code status} with a {@code Retry-After} header. */
    public Faults failNext(String path, int status, Duration retryAfter) {
        return inject(Fault.status(status).retryAfter(retryAfter).on(path));
    }

    /** The connection of the next request to {@code path} is closed without an answer. */
    public Faults resetNext(String path) {
        return inject(Fault.connectionReset().on(path));
    }

    /** Every request to {@code path} waits {@code delay} first, until cleared. */
    public Faults delay(String path, Duration delay) {
        return inject(Fault.delay(delay).on(path).always());
    }

    public synchronized Faults inject(Fault fault) {
        armed.add(fault);
        return this;
    }

    public synchronized void clear() {
        armed.clear();
    }

    /** The faults still armed. */
    public synchronized List<Fault> armed() {
        return List.copyOf(armed);
    }

    /** Consumes what fires for this request. */
    synchronized Plan planFor(String method, String path) {
        Duration delay = Duration.ZERO;
        Fault failure = null;
        for (int i = 0; i < armed.size(); i++) {
            Fault fault = armed.get(i);
            boolean fires = fault.matches(method, path) && (fault.kind() == Fault.Kind.DELAY || failure == null);
            if (!fires) {
                continue;
            }
            if (fault.kind() == Fault.Kind.DELAY) {
                delay = delay.plus(fault.delayDuration());
            } else {
                failure = fault;
            }
            if (fault.remaining() == 1) {
                armed.remove(i--);
            } else {
                armed.set(i, fault.fired());
            }
        }
        return new Plan(delay, failure);
    }
}
