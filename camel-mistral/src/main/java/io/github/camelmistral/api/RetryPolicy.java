package io.github.camelmistral.api;

import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.RequestNotExecutedException;

/**
 * Which failed calls are sent again, and when.
 * <p>
 * Retried: 429, 500, 502, 503 and 504 answers and connection failures (refused, connect timeout, reset before an
 * answer), with exponential backoff and full jitter, or after the answer's {@code Retry-After}. A call that creates
 * something ({@link ApiCall#creates()}) is retried only when the API certainly did not act on it: a 429, a refused
 * connection, a connect timeout, a request that was never sent (a pooled connection found closed). A response timeout is never retried: the call may still be running.
 *
 * @param maxRetries   how many times a call is sent again at most (0: never)
 * @param initialDelay the backoff before the first retry; it doubles with each retry
 * @param maxDelay     the longest backoff, and the longest {@code Retry-After} that is waited for
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 500, 502, 503, 504);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, but is " + maxRetries);
        }
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("retryInitialDelay and retryMaxDelay must not be negative");
        }
    }

    /** What to do after attempt {@code attempts} of {@code call} failed with {@code failure}. */
    public record Decision(Duration delay, String notRetriedBecause) {

        static final Decision FINAL = new Decision(null, null);

        public boolean retry() {
            return delay != null;
        }
    }

    /**
     * @param attempts   how many times the call was sent so far
     * @param replayable whether the request body can be sent again (a one-shot stream cannot)
     */
    public Decision decide(ApiCall call, Throwable failure, int attempts, boolean replayable) {
        if (!isRetriedKind(call, failure)) {
            return Decision.FINAL;
        }
        if (attempts > maxRetries) {
            return Decision.FINAL;
        }
        if (!replayable) {
            return new Decision(null, "the request body is a one-shot stream that cannot be sent again; send a File, "
                                      + "a byte[] or a cached stream (Camel stream caching) to have it retried");
        }
        Duration retryAfter = failure instanceof MistralApiException api ? api.getRetryAfter() : null;
        if (retryAfter != null) {
            if (retryAfter.compareTo(maxDelay) > 0) {
                return new Decision(null, "the API asked to retry after " + retryAfter.toMillis() + " ms (Retry-After), "
                                          + "longer than retryMaxDelay=" + maxDelay.toMillis() + " ms");
            }
            return new Decision(retryAfter, null);
        }
        return new Decision(backoff(attempts), null);
    }

    /** Full jitter: a random delay between 0 and the exponential bound of this retry, capped by {@code maxDelay}. */
    Duration backoff(int attempts) {
        long bound = initialDelay.toMillis() << Math.min(attempts - 1, 30);
        long cap = Math.min(bound < 0 ? Long.MAX_VALUE : bound, maxDelay.toMillis());
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }

    private static boolean isRetriedKind(ApiCall call, Throwable failure) {
        if (failure instanceof MistralApiException api) {
            return api.getStatusCode() == 429 || (!call.creates() && RETRIED_STATUSES.contains(api.getStatusCode()));
        }
        if (failure instanceof MistralConnectionException) {
            Throwable cause = failure.getCause();
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                || cause instanceof RequestNotExecutedException) {
                // the request never left: not even a creation can have been acted on
                return true;
            }
            return !call.creates() && isResetBeforeAnswer(cause);
        }
        return false;
    }

    private static boolean isResetBeforeAnswer(Throwable cause) {
        return cause instanceof ConnectionClosedException || cause instanceof NoHttpResponseException
               || (cause instanceof SocketException && !(cause instanceof ConnectException));
    }
}
