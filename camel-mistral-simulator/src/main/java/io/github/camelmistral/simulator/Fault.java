package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One injected failure, for reliability tests. Immutable: each {@code with}-style method returns a changed copy.
 * A fault matches requests by path (exact, or a prefix when it ends with {@code *}) and optionally by method, and
 * fires for the next {@link #times(int)} matching requests (once by default). With a {@link #rate(double)} it fires
 * for that fraction of the matching requests only, decided by a seeded random sequence, so a run is reproducible.
 */
public final class Fault {

    /** The seed of {@link #rate(double)} decisions unless {@link #seed(long)} sets another. */
    public static final long DEFAULT_SEED = 20240601L;

    /** What the fault does to a matching request. */
    public enum Kind {
        /** Answer an error status (429, 5xx, ...) instead of handling the request. */
        STATUS,
        /** Close the connection without answering anything: the client sees an I/O failure. */
        CONNECTION_RESET,
        /** Handle the request (state changes happen), then cut the response off midway: an I/O failure mid-body. */
        TRUNCATED_RESPONSE,
        /** Wait before handling the request normally. */
        DELAY,
        /** Handle the request at once (state changes happen), but answer only after a delay: a read timeout. */
        SLOW_RESPONSE
    }

    // Written only on a fresh copy inside this class, before the copy is returned: effectively final.
    private Kind kind;
    private int status;
    private Duration retryAfter;
    private boolean retryAfterAsDate;
    private ErrorShape shape;
    private String message;
    private Duration delay = Duration.ZERO;
    private String path;
    private String method;
    private int times = 1;
    private double rate = 1.0;
    private long seed = DEFAULT_SEED;
    private long draws;

    private Fault(Kind kind) {
        this.kind = kind;
    }

    private Fault copy() {
        Fault copy = new Fault(kind);
        copy.status = status;
        copy.retryAfter = retryAfter;
        copy.retryAfterAsDate = retryAfterAsDate;
        copy.shape = shape;
        copy.message = message;
        copy.delay = delay;
        copy.path = path;
        copy.method = method;
        copy.times = times;
        copy.rate = rate;
        copy.seed = seed;
        copy.draws = draws;
        return copy;
    }

    /** Answer {@code status} with an error body in the documented shape (429 also gets the rate-limit code). */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is an error status: " + status);
        }
        Fault fault = new Fault(Kind.STATUS);
        fault.status = status;
        fault.shape = ErrorShape.DOCUMENTED;
        return fault;
    }

    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET);
    }

    public static Fault truncatedResponse() {
        return new Fault(Kind.TRUNCATED_RESPONSE);
    }

    /** Wait {@code delay} before handling the request; no server thread is held meanwhile. */
    public static Fault delay(Duration delay) {
        Fault fault = new Fault(Kind.DELAY);
        fault.delay = positive(delay, "delay");
        return fault;
    }

    /** Handle the request, then answer after {@code delay}: a client with a shorter read timeout gives up first. */
    public static Fault slowResponse(Duration delay) {
        Fault fault = new Fault(Kind.SLOW_RESPONSE);
        fault.delay = positive(delay, "delay");
        return fault;
    }

    /** Only requests to this path; a trailing {@code *} makes it a prefix. Without it, every path matches. */
    public Fault on(String path) {
        Fault copy = copy();
        copy.path = path;
        return copy;
    }

    /** Only requests with this HTTP method. */
    public Fault onMethod(String method) {
        Fault copy = copy();
        copy.method = method.toUpperCase(Locale.ROOT);
        return copy;
    }

    /** Fire for the next {@code count} matching requests (with a rate: for at most {@code count} of them). */
    public Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        Fault copy = copy();
        copy.times = count;
        return copy;
    }

    /** Fire for every matching request until {@link Faults#clear()} (or the reset between tests). */
    public Fault always() {
        Fault copy = copy();
        copy.times = Integer.MAX_VALUE;
        return copy;
    }

    /**
     * Fire for this fraction of the matching requests (0 to 1), chosen by a random sequence seeded by
     * {@link #seed(long)}: the n-th matching request always gets the same decision. Combine with {@link #always()}
     * for a steady failure rate.
     */
    public Fault rate(double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("a fault rate is between 0 and 1: " + rate);
        }
        Fault copy = copy();
        copy.rate = rate;
        return copy;
    }

    /** The seed of the {@link #rate(double)} decisions; {@value #DEFAULT_SEED} by default. */
    public Fault seed(long seed) {
        Fault copy = copy();
        copy.seed = seed;
        return copy;
    }

    /** Send a {@code Retry-After} header in delta-seconds (rounded up), e.g. {@code Retry-After: 2}. */
    public Fault retryAfter(Duration retryAfter) {
        Fault copy = copy();
        copy.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        copy.retryAfterAsDate = false;
        return copy;
    }

    /**
     * Send a {@code Retry-After} header as an HTTP date: the wall-clock time (not the simulator clock, since the
     * client compares it with its own) {@code retryAfter} from the answer, rounded up to the next whole second.
     */
    public Fault retryAfterDate(Duration retryAfter) {
        Fault copy = retryAfter(retryAfter);
        copy.retryAfterAsDate = true;
        return copy;
    }

    /** The error body shape, one of those the real API is known to use. */
    public Fault shape(ErrorShape shape) {
        Fault copy = copy();
        copy.shape = Objects.requireNonNull(shape, "shape");
        return copy;
    }

    public Fault message(String message) {
        Fault copy = copy();
        copy.message = message;
        return copy;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether {@code Retry-After} is sent as an HTTP date rather than in seconds. */
    public boolean retryAfterAsDate() {
        return retryAfterAsDate;
    }

    public ErrorShape shape() {
        return shape;
    }

    public String message() {
        return message;
    }

    /** The wait of a {@link Kind#DELAY} or {@link Kind#SLOW_RESPONSE} fault. */
    public Duration delayDuration() {
        return delay;
    }

    public double rate() {
        return rate;
    }

    /** How many more matching requests this fault fires for. */
    int remaining() {
        return times;
    }

    boolean matches(String requestMethod, String requestPath) {
        if (method != null && !method.equals(requestMethod)) {
            return false;
        }
        if (path == null) {
            return true;
        }
        return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1))
                : path.equals(requestPath);
    }

    /** Whether the rate lets this matching request be hit: the next number of the seeded sequence is under it. */
    boolean hits() {
        if (rate >= 1.0) {
            return true;
        }
        // a fresh generator per draw keeps the fault immutable; SplittableRandom mixes nearby seeds thoroughly
        return new SplittableRandom(seed + draws * 0x9E3779B97F4A7C15L).nextDouble() < rate;
    }

    /** This fault after one more rate decision that did not fire. */
    Fault drawn() {
        if (rate >= 1.0) {
            return this;
        }
        Fault copy = copy();
        copy.draws++;
        return copy;
    }

    /** This fault after firing once. */
    Fault fired() {
        Fault copy = drawn();
        if (times == Integer.MAX_VALUE) {
            return copy;
        }
        copy = copy == this ? copy() : copy;
        copy.times--;
        return copy;
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
        return duration;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + (delay.isZero() ? "" : " " + delay)
                + " on " + (method == null ? "" : method + " ") + (path == null ? "*" : path)
                + (rate < 1.0 ? ", rate " + rate : "") + (times == Integer.MAX_VALUE ? ", always" : ", x" + times)
                + "]";
    }
}
