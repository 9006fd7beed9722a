package io.github.camelmistral.api;

import org.apache.camel.CamelException;

/**
 * A call to the Mistral API that failed for good: {@link MistralApiException} (the API answered with an error) or
 * {@link MistralConnectionException} (no usable answer). Says how many times the call was sent and, when it was not
 * retried although its kind of failure usually is, why.
 */
public abstract class MistralException extends CamelException {

    private volatile int attempts = 1;
    private volatile String notRetriedBecause;

    protected MistralException(String message, Throwable cause) {
        super(message, cause);
    }

    /** How many times the call was sent, retries included. */
    public int getAttempts() {
        return attempts;
    }

    /** Why a failure that is usually retried was not (e.g. a one-shot stream body), or null. */
    public String getNotRetriedBecause() {
        return notRetriedBecause;
    }

    /** Records the outcome of the retries once they are over, before the failure reaches the route. */
    void recordRetries(int attempts, String notRetriedBecause) {
        this.attempts = attempts;
        this.notRetriedBecause = notRetriedBecause;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (attempts > 1) {
            message += " (after " + attempts + " attempts)";
        }
        if (notRetriedBecause != null) {
            message += " (not retried: " + notRetriedBecause + ")";
        }
        return message;
    }
}
