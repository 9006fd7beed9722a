package io.github.camelmistral.producer;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.MistralApi;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.event.CompletionEvents;
import io.github.camelmistral.metrics.MistralMetrics;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Base of every action: validates the exchange and sends the call without holding a thread while the API works; the
 * exchange continues on the client's completion pool when the answer is in.
 * <p>
 * Input problems are reported synchronously, before any request is sent.
 */
public abstract class MistralProducer extends DefaultAsyncProducer {

    protected MistralProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        getEndpoint().getComponent().registerApiHealthCheck(getEndpoint());
    }

    @Override
    public MistralEndpoint getEndpoint() {
        return (MistralEndpoint) super.getEndpoint();
    }

    protected MistralConfiguration config() {
        return getEndpoint().getConfiguration();
    }

    /** The typed facades of the API, as this endpoint calls it. */
    protected MistralApi api() {
        return getEndpoint().getMistralApi();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletionStage<?> call;
        CompletionEvents completion;
        MistralMetrics metrics = getEndpoint().getComponent().metrics();
        long started = System.nanoTime();
        try {
            // null, and free, unless a completion trigger listens to this API
            completion = CompletionEvents.before(getEndpoint(), exchange);
            call = send(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        call.whenComplete((ignored, failure) -> {
            if (failure != null) {
                exchange.setException(Futures.unwrap(failure));
            } else if (completion != null) {
                if (exchange.getMessage().getBody() instanceof TextStream stream) {
                    // a streamed call is complete when its stream has been read to the end
                    stream.whenEnded(result -> completion.publishStreamed(exchange, result));
                } else {
                    completion.publish(exchange);
                }
            }
            if (metrics != MistralMetrics.NONE) {
                meter(metrics, exchange, System.nanoTime() - started);
            }
            callback.done(false);
        });
        return false;
    }

    private void meter(MistralMetrics metrics, Exchange exchange, long nanos) {
        Message message = exchange.getMessage();
        metrics.call(getEndpoint().getApi().operationName(), requestModel(exchange),
                message.getHeader(MistralConstants.RESPONSE_MODEL, String.class), nanos,
                message.getHeader(MistralConstants.PROMPT_TOKENS, Integer.class),
                message.getHeader(MistralConstants.COMPLETION_TOKENS, Integer.class), exchange.getException());
    }

    private String requestModel(Exchange exchange) {
        try {
            return model(exchange);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Reads the exchange, sends the call(s) and, once answered, writes the result into {@code exchange.getMessage()}.
     *
     * @throws Exception for input the API would not accept; nothing has been sent then
     */
    protected abstract CompletionStage<?> send(Exchange exchange) throws Exception;

    /** A per-message header if present, else the endpoint option. */
    protected <T> T option(Exchange exchange, String header, Class<T> type, T configured) {
        Object raw = exchange.getMessage().getHeader(header);
        if (raw == null) {
            return configured;
        }
        try {
            T value = exchange.getContext().getTypeConverter().mandatoryConvertTo(type, exchange, raw);
            return value != null ? value : configured;
        } catch (TypeConversionException | NoTypeConversionAvailableException e) {
            throw new IllegalArgumentException("Header " + header + " must be a " + type.getSimpleName() + ", but is "
                                               + raw.getClass().getSimpleName() + " '" + raw + "'", e);
        }
    }

    /** The model for this message: header, option, then the API's default. */
    protected String model(Exchange exchange) {
        return option(exchange, MistralConstants.MODEL, String.class, getEndpoint().defaultModel());
    }

    /**
     * An id the operation cannot do without: header first, then option; a specific error naming both when missing, so
     * nothing is sent.
     */
    protected String requiredId(Exchange exchange, String header, String configured, String option, String operation) {
        return requiredId(exchange, header, configured, option, operation, Void.class, body -> null);
    }

    /**
     * {@link #requiredId(Exchange, String, String, String, String)}, falling back to the id of a {@code bodyType} body
     * when neither header nor option is set, so that the output of a create, a list + split or a trigger can be passed
     * straight on.
     */
    protected <B> String requiredId(Exchange exchange, String header, String configured, String option, String operation,
                                    Class<B> bodyType, Function<? super B, String> idOfBody) {
        Object body = exchange.getMessage().getBody();
        if (configured == null && bodyType.isInstance(body)) {
            configured = idOfBody.apply(bodyType.cast(body));
        }
        String id = option(exchange, header, String.class, configured);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(action() + " " + operation + " needs an id: set the " + header
                                               + " header or the " + option + " option");
        }
        return id;
    }

    /** The operation of a resource API: header, then option; a specific error listing the valid ones otherwise. */
    protected <E extends Enum<E>> E operation(Exchange exchange, Class<E> operations) {
        String name = option(exchange, MistralConstants.OPERATION, String.class,
                config().getOperation());
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(action() + " needs an operation: set the operation option or the "
                                               + MistralConstants.OPERATION + " header to one of "
                                               + Arrays.toString(operations.getEnumConstants()));
        }
        for (E candidate : operations.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(name.strip())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(action() + " has no operation '" + name + "'; expected one of "
                                           + Arrays.toString(operations.getEnumConstants()));
    }

    /**
     * Writes a streamed completion into the message: the {@link TextStream} as the body, closed when the exchange
     * completes (a stream not read to its end would hold its connection), and the request id; usage, finish reason
     * and model come with the stream's result once it has ended.
     */
    protected void writeStream(Exchange exchange, MistralResponse<TextStream> answer) {
        ExchangeResources.closeWhenDone(exchange, answer.body());
        Message message = exchange.getMessage();
        message.setBody(answer.body());
        writeRequestId(message, answer.requestId());
        writeRateLimits(message, answer.rateLimits());
    }

    /**
     * The headers that describe any answer: the typed response, the id and model the API gave it and the gateway's
     * request id; absent values are left out rather than set to null.
     */
    protected static void writeResponseHeaders(Message message, MistralResponse<?> answer,
                                               String responseId, String responseModel) {
        message.setHeader(MistralConstants.RESPONSE, answer.body());
        if (responseId != null) {
            message.setHeader(MistralConstants.RESPONSE_ID, responseId);
        }
        if (responseModel != null) {
            message.setHeader(MistralConstants.RESPONSE_MODEL, responseModel);
        }
        writeRequestId(message, answer.requestId());
        writeRateLimits(message, answer.rateLimits());
    }

    /** The rate-limit headers of an answer, when the API sent them: the remaining quota as numbers, and all as sent. */
    protected static void writeRateLimits(Message message, Map<String, String> rateLimits) {
        if (rateLimits.isEmpty()) {
            return;
        }
        message.setHeader(MistralConstants.RATE_LIMITS, rateLimits);
        setNumber(message, MistralConstants.RATE_LIMIT_REMAINING_REQUESTS, rateLimits.get("x-ratelimit-remaining-req-minute"));
        setNumber(message, MistralConstants.RATE_LIMIT_REMAINING_TOKENS,
                rateLimits.get("x-ratelimit-remaining-tokens-minute"));
    }

    private static void setNumber(Message message, String header, String value) {
        if (value != null) {
            try {
                message.setHeader(header, Long.parseLong(value.strip()));
            } catch (NumberFormatException notANumber) {
                // kept as sent in CamelMistralRateLimits
            }
        }
    }

    /** The gateway's request id of the answer, for support cases and log correlation; nothing when it sent none. */
    protected static void writeRequestId(Message message, String requestId) {
        if (requestId != null) {
            message.setHeader(MistralConstants.REQUEST_ID, requestId);
        }
    }

    /** The action's name as route authors write it, for error messages. */
    protected String action() {
        return "mistral:" + getEndpoint().getApi();
    }
}
