package io.github.camelmistral.api.finetuning;

import java.util.Set;

/**
 * The statuses a fine-tuning job reports. Jobs carry their status as a {@code String} because the API adds values;
 * these constants name the ones documented today.
 */
public final class FineTuningJobStatus {

    public static final String QUEUED = "QUEUED";
    public static final String STARTED = "STARTED";
    public static final String VALIDATING = "VALIDATING";
    /** Validated and, with {@code auto_start=false}, waiting for {@code start}: not terminal. */
    public static final String VALIDATED = "VALIDATED";
    public static final String RUNNING = "RUNNING";
    public static final String FAILED_VALIDATION = "FAILED_VALIDATION";
    public static final String FAILED = "FAILED";
    public static final String SUCCESS = "SUCCESS";
    public static final String CANCELLED = "CANCELLED";
    public static final String CANCELLATION_REQUESTED = "CANCELLATION_REQUESTED";

    private static final Set<String> TERMINAL = Set.of(SUCCESS, FAILED, FAILED_VALIDATION, CANCELLED);

    private FineTuningJobStatus() {
    }

    /** Whether a job in this status will not change any more. */
    public static boolean isTerminal(String status) {
        return status != null && TERMINAL.contains(status);
    }
}
