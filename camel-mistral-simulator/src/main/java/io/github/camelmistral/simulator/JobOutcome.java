package io.github.camelmistral.simulator;

/**
 * How a simulated batch or fine-tuning job ends. {@code TIMEOUT_EXCEEDED} exists for batch jobs only,
 * {@code FAILED_VALIDATION} for fine-tuning jobs only.
 */
public enum JobOutcome {
    SUCCESS,
    FAILED,
    TIMEOUT_EXCEEDED,
    CANCELLED,
    FAILED_VALIDATION;

    /** Parses a name case-insensitively; null when the text names no outcome. */
    public static JobOutcome parse(String text) {
        if (text == null) {
            return null;
        }
        for (JobOutcome outcome : values()) {
            if (outcome.name().equalsIgnoreCase(text.trim())) {
                return outcome;
            }
        }
        return null;
    }
}
