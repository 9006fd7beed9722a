package io.github.camelmistral.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.MistralApiException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/**
 * The component's meters, named after the OpenTelemetry GenAI semantic conventions where they exist:
 * {@code gen_ai.client.operation.duration} and {@code gen_ai.client.token.usage} (tag {@code gen_ai.token.type}
 * {@code input}/{@code output}), tagged {@code gen_ai.operation.name}, {@code gen_ai.request.model},
 * {@code gen_ai.response.model}, {@code error.type}; plus {@code mistral.client.retries},
 * {@code mistral.client.limit.wait} and {@code mistral.client.queue.length}. Loaded only when Micrometer is there.
 */
final class MicrometerMetrics implements MistralMetrics {

    private static final String SYSTEM = "mistral_ai";

    private final MeterRegistry registry;

    private MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static MistralMetrics find(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? NONE : new MicrometerMetrics(registry);
    }

    @Override
    public void call(String operation, String requestModel, String responseModel, long durationNanos,
                     Integer inputTokens, Integer outputTokens, Throwable failure) {
        Tags tags = Tags.of("gen_ai.system", SYSTEM, "gen_ai.operation.name", operation,
                "gen_ai.request.model", orUnknown(requestModel), "gen_ai.response.model", orUnknown(responseModel));
        Timer.builder("gen_ai.client.operation.duration")
                .description("Duration of GenAI client operations")
                .tags(tags.and("error.type", errorType(failure)))
                .register(registry)
                .record(durationNanos, TimeUnit.NANOSECONDS);
        record(tags, "input", inputTokens);
        record(tags, "output", outputTokens);
    }

    private void record(Tags tags, String type, Integer tokens) {
        if (tokens != null) {
            DistributionSummary.builder("gen_ai.client.token.usage")
                    .description("Number of input and output tokens used")
                    .baseUnit("{token}")
                    .tags(tags.and("gen_ai.token.type", type))
                    .register(registry)
                    .record(tokens);
        }
    }

    @Override
    public void retried(ApiCall call, int attempts, Throwable failure, Duration delay) {
        Counter.builder("mistral.client.retries")
                .description("Calls to the Mistral API sent again after a failure")
                .tags("http.request.method", call.method(), "error.type", errorType(failure))
                .register(registry)
                .increment();
    }

    @Override
    public void limitWaited(ApiCall call, Duration waited) {
        Timer.builder("mistral.client.limit.wait")
                .description("Time calls waited for their turn under requestsPerSecond/maxConcurrentRequests or a Retry-After")
                .register(registry)
                .record(waited);
    }

    @Override
    public void queueLength(IntSupplier queued) {
        Gauge.builder("mistral.client.queue.length", queued::getAsInt)
                .description("Calls waiting for their turn under the component's limits")
                .register(registry);
    }

    private static String errorType(Throwable failure) {
        if (failure == null) {
            return "none";
        }
        if (failure instanceof MistralApiException api) {
            return String.valueOf(api.getStatusCode());
        }
        return failure.getClass().getName();
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
