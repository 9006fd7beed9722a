package io.github.camelmistral.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.MistralApi;
import io.github.camelmistral.api.MistralApiException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of the Mistral API as the component reaches it: one cheap authenticated call ({@code GET /v1/models}),
 * its outcome kept for {@code cacheTime} so that frequent probes cost no quota. DOWN carries what the API said (status,
 * error type and message, never the key); the next call after the cache time reports UP again once the API answers.
 * It implements camel-api's {@link HealthCheck} itself, so the component does not need camel-health to run.
 */
public final class MistralApiHealthCheck implements HealthCheck {

    private final String id;
    private final MistralApi api;
    private final Duration cacheTime;
    private final Duration timeout;
    private volatile Outcome last;
    private volatile boolean enabled = true;

    private record Outcome(long atNanos, Throwable failure) {
    }

    /** @param baseUrl the API the check calls; its id is {@code mistral-api:<baseUrl>} */
    public MistralApiHealthCheck(String baseUrl, MistralApi api, Duration cacheTime, Duration timeout) {
        this.id = "mistral-api:" + baseUrl;
        this.api = api;
        this.cacheTime = cacheTime;
        this.timeout = timeout;
    }

    @Override
    public String getGroup() {
        return "producers";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        // an unreachable API says nothing about whether this JVM should be restarted
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        if (!enabled) {
            return builder.unknown().message("Disabled").build();
        }
        Outcome outcome = outcome();
        if (outcome.failure() == null) {
            return builder.up().build();
        }
        Throwable failure = outcome.failure();
        builder.down().message(failure.getMessage()).error(failure);
        if (failure instanceof MistralApiException apiError) {
            builder.detail("mistral.status", apiError.getStatusCode());
            if (apiError.getErrorType() != null) {
                builder.detail("mistral.error.type", apiError.getErrorType());
            }
        }
        return builder.build();
    }

    private Outcome outcome() {
        Outcome current = last;
        long now = System.nanoTime();
        if (current != null && now - current.atNanos() < cacheTime.toNanos()) {
            return current;
        }
        Throwable failure = null;
        try {
            api.models().list().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (Exception e) {
            failure = Futures.unwrap(e);
        }
        Outcome fresh = new Outcome(now, failure);
        last = fresh;
        return fresh;
    }
}
