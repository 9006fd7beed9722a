package io.github.camelmistral.api.batch;

import java.util.Set;

/**
 * The statuses a batch job reports. Jobs carry their status as a {@code String} because the API adds values; these
 * constants name the ones documented today.
 */
public final class BatchJobStatus {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    /** Finished; some requests may still have failed ({@code failed_requests > 0}, an {@code error_file}). */
    public static final String SUCCESS = "SUCCESS";
    public static final String FAILED = "FAILED";
    public static final String TIMEOUT_EXCEEDED = "TIMEOUT_EXCEEDED";
    public static final String CANCELLATION_REQUESTED = "CANCELLATION_REQUESTED";
    public static final String CANCELLED = "CANCELLED";

    private static final Set<String> TERMINAL = Set.of(SUCCESS, FAILED, TIMEOUT_EXCEEDED, CANCELLED);

    private BatchJobStatus() {
    }

    /** Whether a job in this status will not change any more. */
    public static boolean isTerminal(String status) {
        return status != null && TERMINAL.contains(status);
    }
}
