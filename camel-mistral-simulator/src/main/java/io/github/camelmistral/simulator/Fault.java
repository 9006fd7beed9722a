package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One injected failure, for reliability tests. Immutable: each {@code with}-style method returns a changed copy.
 * A fault matches requests by path (exact, or a prefix when it ends with {@code *}) and optionally by method, and
 * fires for the next {@link #times(int)} matching requests (once by default).
 */
public final class Fault {

    /** What the fault does to a matching request. */
    public enum Kind {
        /** Answer an error status (429, 5xx, ...) instead of handling the request. */
        STATUS,
        /** Close the connection without answering anything: the client sees an I/O failure. */
        CONNECTION_RESET,
        /** Handle the request (state changes happen), then cut the response off midway: an I/O failure mid-body. */
        TRUNCATED_RESPONSE,
        /** Wait before handling the request normally. */
        DELAY
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;
    private final ErrorShape shape;
    private final String message;
    private final Duration delay;
    private final String path;
    private final String method;
    private final int times;

    private Fault(Kind kind, int status, Duration retryAfter, ErrorShape shape, String message, Duration delay,
            String path, String method, int times) {
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.shape = shape;
        this.message = message;
        this.delay = delay;
        this.path = path;
        this.method = method;
        this.times = times;
    }

    /** Answer {@code status} with an error body in the documented shape (429 also gets the rate-limit code). */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is an error status: " + status);
        }
        return new Fault(Kind.STATUS, status, null, ErrorShape.DOCUMENTED, null, Duration.ZERO, null, null, 1);
    }

    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0, null, null, null, Duration.ZERO, null, null, 1);
    }

    public static Fault truncatedResponse() {
        return new Fault(Kind.TRUNCATED_RESPONSE, 0, null, null, null, Duration.ZERO, null, null, 1);
    }

    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, null, null, null, Objects.requireNonNull(delay, "delay"), null, null, 1);
    }

    /** Only requests to this path; a trailing {@code *} makes it a prefix. Without it, every path matches. */
    public Fault on(String path) {
        return new Fault(kind, status, retryAfter, shape, message, delay, path, method, times);
    }

    /** Only requests with this HTTP method. */
    public Fault onMethod(String method) {
        return new Fault(kind, status, retryAfter, shape, message, delay, path, method.toUpperCase(Locale.ROOT),
                times);
    }

    /** Fire for the next {@code count} matching requests. */
    public Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        return new Fault(kind, status, retryAfter, shape, message, delay, path, method, count);
    }

    /** Fire for every matching request until {@link Faults#clear()} (or the reset between tests). */
    public Fault always() {
        return new Fault(kind, status, retryAfter, shape, message, delay, path, method, Integer.MAX_VALUE);
    }

    /** Send a {@code Retry-After} header, in whole seconds (rounded up). */
    public Fault retryAfter(Duration retryAfter) {
        return new Fault(kind, status, retryAfter, shape, message, delay, path, method, times);
    }

    /** The error body shape, one of those the real API is known to use. */
    public Fault shape(ErrorShape shape) {
        return new Fault(kind, status, retryAfter, Objects.requireNonNull(shape, "shape"), message, delay, path,
                method, times);
    }

    public Fault message(String message) {
        return new Fault(kind, status, retryAfter, shape, message, delay, path, method, times);
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

    public ErrorShape shape() {
        return shape;
    }

    public String message() {
        return message;
    }

    public Duration delayDuration() {
        return delay;
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

    Fault fired() {
        return times == Integer.MAX_VALUE ? this
                : new Fault(kind, status, retryAfter, shape, message, delay, path, method, times - 1);
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + " on " + (method == null ? "" : method + " ")
                + (path == null ? "*" : path) + (times == Integer.MAX_VALUE ? ", always" : ", x" + times) + "]";
    }
}
