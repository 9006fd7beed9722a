package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.MistralApi;
import io.github.camelmistral.api.MistralResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the polling triggers: each poll reads the trigger's state, asks the subclass what changed, and delivers the
 * changes the {@code event} option selects, oldest first, one exchange at a time.
 * <p>
 * Delivery guarantees, which the subclasses get for free:
 * <ul>
 * <li>the state records an event only after its exchange completed without an exception, so a failed exchange is
 * delivered again on the next poll and later events wait behind it (order is kept);</li>
 * <li>a poll that cannot finish (API error, unreadable state) throws before anything is delivered or recorded: Camel
 * logs it once, the consumer health check and the backoff options count it, and the next poll starts over;</li>
 * <li>the state is read again at every poll, so a node taking over in a cluster continues from what the previous
 * leader committed to a shared repository.</li>
 * </ul>
 *
 * @param <S> the state the trigger keeps between polls, stored as JSON
 */
public abstract class MistralPollingConsumer<S> extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MistralPollingConsumer.class);

    private final Class<S> stateType;
    private final StateRepository<String, String> repository;
    private TriggerState<S> state;

    protected MistralPollingConsumer(MistralEndpoint endpoint, Processor processor, Class<S> stateType) {
        super(endpoint, processor);
        this.stateType = stateType;
        StateRepository<String, String> configured = endpoint.getConfiguration().getStateRepository();
        // created once per consumer, so that stopping and starting the route keeps what was seen
        this.repository = configured != null ? configured : new MemoryStateRepository();
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

    /** The {@code event} option: the kind of events this trigger delivers. */
    protected String listenedEvent() {
        return config().getEvent();
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(repository);
        String key = config().getStateKey() != null
                ? config().getStateKey() : "mistral:" + getEndpoint().getApi() + ":" + listenedEvent();
        state = new TriggerState<>(repository, key, stateType);
        super.doStart();
    }

    /** The state of a trigger that has never run. */
    protected abstract S newState();

    /**
     * Finds what changed since {@code current}, without changing it: each event carries the change of state it stands
     * for. A failed future fails the poll.
     */
    protected abstract CompletableFuture<List<TriggerEvent<S>>> detect(S current, long nowSeconds);

    /** Housekeeping once every event of a poll is recorded (e.g. forgetting ids no listing can return again). */
    protected void afterPoll(S current, long nowSeconds) {
    }

    /** Adds what an event's exchange carries beyond body and headers (e.g. results read on demand). */
    protected void prepare(TriggerEvent<S> event, Exchange exchange) throws Exception {
    }

    @Override
    protected int poll() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        S current;
        try {
            current = state.load();
        } catch (IllegalStateException e) {
            throw new TriggerPollException(describe() + " cannot read its state: " + e.getMessage(), e);
        }
        boolean firstStart = current == null;
        if (firstStart) {
            current = newState();
        }
        List<TriggerEvent<S>> events = awaitDetection(current, now);
        // the first start primes the state silently unless the backlog was asked for
        boolean deliver = !firstStart || "beginning".equals(config().getStartFrom());
        int delivered = 0;
        for (TriggerEvent<S> event : events) {
            if (deliver && event.event() != null) {
                if (!isPollAllowed() || !deliver(event)) {
                    // stopping, or the route failed the event: the rest stays unrecorded for the next poll, in order
                    return delivered;
                }
                delivered++;
                event.commit().accept(current);
                state.save(current);
            } else {
                event.commit().accept(current);
            }
        }
        afterPoll(current, now);
        state.save(current);
        return delivered;
    }

    private List<TriggerEvent<S>> awaitDetection(S current, long now) throws Exception {
        try {
            List<TriggerEvent<S>> events = new ArrayList<>(detect(current, now).get());
            events.sort(TriggerEvent.inOccurrenceOrder());
            return events;
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = Futures.unwrap(e);
            throw new TriggerPollException(describe() + " could not poll the API, nothing was emitted or recorded; "
                                           + "the next poll tries again: " + cause.getMessage(), cause);
        }
    }

    /** Sends one event through the route; true when its exchange completed without an exception. */
    private boolean deliver(TriggerEvent<S> event) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getIn();
            message.setBody(event.body());
            message.setHeader(MistralConstants.EVENT_TYPE, event.type());
            message.setHeader(MistralConstants.EVENT_ID, event.id());
            event.headers().forEach((name, value) -> {
                if (value != null) {
                    message.setHeader(name, value);
                }
            });
            prepare(event, exchange);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null || exchange.isRollbackOnly()) {
                // rollback-only (e.g. markRollbackOnly() in the route) fails the delivery, as Camel's consumers treat it
                LOG.warn("{}: the exchange of event {} failed ({}); it stays unrecorded and is delivered again on the "
                         + "next poll", describe(), event.id(),
                        exchange.getException() != null ? exchange.getException().getMessage() : "rolled back");
                return false;
            }
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /** The resource a read answers with, or null when the API answers 404 (the resource was deleted). */
    protected static <T> CompletableFuture<T> orNullIfNotFound(CompletableFuture<MistralResponse<T>> read) {
        return read.handle((answer, failure) -> {
            if (failure == null) {
                return answer.body();
            }
            if (Futures.isNotFound(failure)) {
                return null;
            }
            throw new CompletionException(Futures.unwrap(failure));
        });
    }

    /** Waits for every future, failing as soon as one fails. */
    protected static <T> CompletableFuture<List<T>> allOf(List<CompletableFuture<T>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> futures.stream().map(CompletableFuture::join).toList());
    }

    protected String describe() {
        return "mistral:" + getEndpoint().getApi() + "?event=" + listenedEvent();
    }
}
