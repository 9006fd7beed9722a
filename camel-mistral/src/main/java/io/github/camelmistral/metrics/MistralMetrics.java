package io.github.camelmistral.metrics;

import io.github.camelmistral.api.TransportObserver;
import org.apache.camel.CamelContext;
import org.apache.camel.util.ObjectHelper;

/**
 * What the component meters: calls (duration, token usage) and what the transport does (retries, waits under the
 * limits, queue length). {@link #NONE} when no Micrometer registry is there: then metering costs nothing.
 */
public interface MistralMetrics extends TransportObserver {

    MistralMetrics NONE = new MistralMetrics() {
    };

    /**
     * One completed call of an action.
     *
     * @param operation     the GenAI operation name ({@code chat}, {@code text_completion}, {@code embeddings}) or the
     *                      API group for the others
     * @param requestModel  the model asked for, or null
     * @param responseModel the model that answered, or null
     * @param inputTokens   the prompt tokens, or null
     * @param outputTokens  the completion tokens, or null
     * @param failure       why the call failed, or null
     */
    default void call(String operation, String requestModel, String responseModel, long durationNanos,
                      Integer inputTokens, Integer outputTokens, Throwable failure) {
    }

    /** Reports the number of calls waiting for their turn through {@code queued}. */
    default void queueLength(java.util.function.IntSupplier queued) {
    }

    /**
     * Micrometer metrics when Micrometer is on the classpath and a {@code MeterRegistry} is bound in the Camel registry
     * (as camel-micrometer users configure it), else {@link #NONE}.
     */
    static MistralMetrics of(CamelContext context) {
        if (ObjectHelper.loadClass("io.micrometer.core.instrument.MeterRegistry",
                MistralMetrics.class.getClassLoader()) == null) {
            return NONE;
        }
        return MicrometerMetrics.find(context);
    }
}
