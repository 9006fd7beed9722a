package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fault injection switches. Faults fire in the order they were added; delays add up and then the request goes
 * on, while the first matching fault of any other kind decides the request's fate. Waits (delays, slow responses,
 * stream pacing) hold no server thread, so a thousand delayed requests in flight cost a thousand sockets only.
 */
public final class Faults {

    private final List<Fault> armed = new ArrayList<>();
    private Duration streamDelay = Duration.ZERO;

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

    /**
     * From now on, that fraction (0 to 1) of the requests to {@code path} gets {@code status}, chosen by the
     * {@link Fault#DEFAULT_SEED seeded} sequence: the same requests fail on every run.
     */
    public Faults failRate(String path, double rate, int status) {
        return inject(Fault.status(status).on(path).rate(rate).always());
    }

    /** As {@link #failRate(String, double, int)}, with a {@code Retry-After} header in seconds. */
    public Faults failRate(String path, double rate, int status, Duration retryAfter) {
        return inject(Fault.status(status).retryAfter(retryAfter).on(path).rate(rate).always());
    }

    /** The connection of the next request to {@code path} is closed without an answer. */
    public Faults resetNext(String path) {
        return inject(Fault.connectionReset().on(path));
    }

    /** From now on, that fraction of the requests to {@code path} has its connection closed without an answer. */
    public Faults resetRate(String path, double rate) {
        return inject(Fault.connectionReset().on(path).rate(rate).always());
    }

    /** Every request to {@code path} waits {@code delay} first, until cleared. */
    public Faults delay(String path, Duration delay) {
        return inject(Fault.delay(delay).on(path).always());
    }

    /** The next request to {@code path} is handled at once but answered after {@code delay} (a read timeout). */
    public Faults slowNext(String path, Duration delay) {
        return inject(Fault.slowResponse(delay).on(path));
    }

    /**
     * Paces every server-sent event stream: each event after the first leaves {@code delay} after the previous
     * one, so a client can observe the first delta before the last is sent. Zero (the default) sends at once.
     */
    public synchronized Faults streamDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("stream delay must not be negative: " + delay);
        }
        this.streamDelay = delay;
        return this;
    }

    public synchronized Duration streamDelay() {
        return streamDelay;
    }

    public synchronized Faults inject(Fault fault) {
        armed.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Disarms every fault and stops pacing streams. */
    public synchronized void clear() {
        armed.clear();
        streamDelay = Duration.ZERO;
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
            boolean candidate = fault.matches(method, path) && (fault.kind() == Fault.Kind.DELAY || failure == null);
            if (!candidate) {
                continue;
            }
            if (!fault.hits()) {
                armed.set(i, fault.drawn());
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
