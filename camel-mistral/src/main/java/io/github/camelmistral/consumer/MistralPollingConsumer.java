package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.MistralApi;
import io.github.camelmistral.api.MistralResponse;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
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
 * delivered again on the next poll; the later events of the same resource ({@link TriggerEvent#orderKey()}) wait
 * behind it, those of other resources go on. After {@code maxDeliveryAttempts} failures the event goes to the
 * consumer's exception handler and is recorded;</li>
 * <li>the state is written once per poll, after its batch ({@code maxMessagesPerPoll}) was delivered: a crash in the
 * middle of a batch delivers that batch's events again, with the same ids. A write that fails keeps the state in
 * memory: the poll fails, its events are not delivered again, and the next polls write it before delivering anything
 * else. A trigger stopped or suspended before that forgets it, and a trigger stopped during its poll writes only if
 * the stored value is still the one it started from (another node may have taken over);</li>
 * <li>a poll that cannot list what it watches (API error, unreadable state) throws before anything is delivered or
 * recorded. A confirmation that fails (one GET among many) only holds back what it was to confirm: the rest is
 * delivered and recorded, then the poll is reported as failed. Camel logs it, the consumer health check and the
 * backoff options count it, and the next poll asks again;</li>
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
    /** True while the first start of a {@code startFrom=now} trigger records what exists without delivering it. */
    private volatile boolean priming;

    /** How one delivery ended. */
    private enum Outcome {
        DELIVERED,
        FAILED,
        GIVEN_UP
    }

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

    /**
     * Whether this poll is the first start of a {@code startFrom=now} trigger: its events are recorded, not
     * delivered, so a subclass may find them in a cheaper way than a full scan.
     */
    protected boolean isPriming() {
        return priming;
    }

    @Override
    protected void doStart() throws Exception {
        if (config().getPollConcurrency() < 1) {
            throw new IllegalArgumentException(describe() + ": pollConcurrency is the number of confirmation requests "
                                               + "in flight at once, at least 1, but is " + config().getPollConcurrency());
        }
        if (config().getMaxMessagesPerPoll() < 0) {
            throw new IllegalArgumentException(describe() + ": maxMessagesPerPoll is 0 (no limit) or more, but is "
                                               + config().getMaxMessagesPerPoll());
        }
        ServiceHelper.startService(repository);
        String unfilteredKey = "mistral:" + getEndpoint().getApi() + ":" + listenedEvent();
        if (config().getStateKey() != null) {
            state = new TriggerState<>(repository, config().getStateKey(), List.of(), stateType);
        } else {
            // the keys of earlier versions, newest first: with name=value filters, then without filters
            String key = unfilteredKey + filterSuffix(":");
            state = new TriggerState<>(repository, key, List.of(unfilteredKey + filterSuffix("="), unfilteredKey),
                    stateType);
        }
        super.doStart();
    }

    /**
     * The filters in the default state key, e.g. {@code :purpose:batch,source:upload}: two triggers of the same kind
     * with different filters see different resources, so they must not share a state. Empty without filters, which
     * keeps the key of older versions. Names and values are joined by {@code separator}: {@code :} since Camel's
     * {@code FileStateRepository} reads a stored line's key only up to its first {@code =}, so the {@code =} of the
     * previous version lost the state at each restart there (it is still read, from other repositories).
     */
    protected String filterSuffix(String separator) {
        Map<String, Object> filters = new TreeMap<>(stateFilters());
        filters.values().removeIf(Objects::isNull);
        if (filters.isEmpty()) {
            return "";
        }
        StringJoiner suffix = new StringJoiner(",", ":", "");
        filters.forEach((name, value) -> suffix.add(name + separator + value));
        return suffix.toString();
    }

    /** The options that narrow what this trigger watches, by option name; null values are left out. */
    protected abstract Map<String, Object> stateFilters();

    /** A map of option names to values that keeps null values (Map.of refuses them), for {@link #stateFilters()}. */
    protected static Map<String, Object> options(Object... namesAndValues) {
        Map<String, Object> options = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            options.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return options;
    }

    /** The state of a trigger that has never run. */
    protected abstract S newState();

    /**
     * Finds what changed since {@code current}, without changing it: each event carries the change of state it stands
     * for. A failed future fails the poll; confirmations that failed go into {@link Detection#unconfirmed()}.
     */
    protected abstract CompletableFuture<Detection<S>> detect(S current, long nowSeconds);

    /**
     * Housekeeping once the events of a poll are recorded (e.g. forgetting ids no listing can return again);
     * {@code uncommitted} are the events left for the next poll (failed, or beyond {@code maxMessagesPerPoll}).
     */
    protected void afterPoll(S current, long nowSeconds, List<TriggerEvent<S>> uncommitted) {
    }

    /** Adds what an event's exchange carries beyond body and headers (e.g. results read on demand). */
    protected void prepare(TriggerEvent<S> event, Exchange exchange) throws Exception {
    }

    /** Runs {@code calls} with at most {@code pollConcurrency} in flight, keeping every result and failure. */
    protected <T> CompletableFuture<BoundedFanOut.Settled<T>> confirmAll(List<Supplier<CompletableFuture<T>>> calls) {
        return BoundedFanOut.settleAll(calls, config().getPollConcurrency());
    }

    @Override
    protected int poll() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        TriggerState.Stored<S> stored;
        try {
            stored = state.load();
        } catch (TriggerState.WriteFailed e) {
            throw new TriggerPollException(describe() + " " + e.getMessage() + "; the events of an earlier poll were "
                                           + "delivered but are not recorded yet, so this poll delivers nothing: the "
                                           + "next one tries the write again", e.getCause());
        } catch (RuntimeException e) {
            throw new TriggerPollException(describe() + " cannot read its state: " + e.getMessage(), e);
        }
        boolean firstStart = stored == null;
        S current = firstStart ? newState() : stored.state();
        Map<String, Integer> attempts = new HashMap<>(firstStart ? Map.of() : stored.attempts());
        // the first start primes the state silently unless the backlog was asked for
        priming = firstStart && !"beginning".equals(config().getStartFrom());
        Detection<S> detection;
        try {
            detection = awaitDetection(current, now);
        } finally {
            priming = false;
        }
        boolean deliver = !firstStart || "beginning".equals(config().getStartFrom());
        List<TriggerEvent<S>> events = detection.events();
        int batchSize = batchSize(events, deliver);
        Set<String> heldKeys = new HashSet<>();
        List<TriggerEvent<S>> uncommitted = new ArrayList<>();
        Set<String> pendingIds = new HashSet<>();
        int index = 0;
        int delivered = 0;
        for (TriggerEvent<S> event : events) {
            boolean held = event.orderKey() == null ? !uncommitted.isEmpty() : heldKeys.contains(event.orderKey());
            if (!held && deliver && event.event() != null) {
                if (index >= batchSize || !isPollAllowed()) {
                    // beyond this poll's batch, or stopping: left for the next poll
                    held = true;
                } else {
                    Outcome outcome = deliver(event, index++, batchSize, attempts.getOrDefault(event.id(), 0));
                    if (outcome == Outcome.FAILED) {
                        attempts.merge(event.id(), 1, Integer::sum);
                        held = true;
                    } else {
                        attempts.remove(event.id());
                        delivered += outcome == Outcome.DELIVERED ? 1 : 0;
                    }
                }
            }
            if (held) {
                uncommitted.add(event);
                pendingIds.add(event.id());
                if (event.orderKey() != null) {
                    heldKeys.add(event.orderKey());
                }
            } else {
                event.commit().accept(current);
            }
        }
        // failures of events no poll finds any more (e.g. a job deleted since) are forgotten
        attempts.keySet().retainAll(pendingIds);
        afterPoll(current, now, uncommitted);
        record(current, attempts, delivered);
        if (!detection.unconfirmed().isEmpty()) {
            Throwable first = detection.unconfirmed().get(0);
            throw new TriggerPollException(describe() + ": " + detection.unconfirmed().size() + " confirmation "
                                           + "request(s) failed; what they confirm is asked again at the next poll, "
                                           + "the " + delivered + " other event(s) were delivered and recorded: "
                                           + first.getMessage(), first);
        }
        return delivered;
    }

    /**
     * Writes the state at the end of a poll. A failed write keeps it in memory: the next poll writes it before
     * anything else instead of starting from the stale stored value, so its events are not delivered again.
     */
    private void record(S current, Map<String, Integer> attempts, int delivered) throws TriggerPollException {
        boolean stopped = !isPollAllowed();
        try {
            state.save(current, attempts, stopped);
        } catch (TriggerState.WriteFailed e) {
            if (stopped) {
                throw new TriggerPollException(describe() + " was stopped during its poll and " + e.getMessage()
                                               + "; the " + delivered + " event(s) it delivered are delivered again "
                                               + "by the next poll, on this node or another", e.getCause());
            }
            throw new TriggerPollException(describe() + " delivered " + delivered + " event(s) but " + e.getMessage()
                                           + "; the state is kept in memory, so they are not delivered again, and "
                                           + "the next polls write it before delivering anything else. Should this "
                                           + "consumer stop before a write succeeds, these events are delivered again",
                    e.getCause());
        } catch (TriggerState.Superseded e) {
            throw new TriggerPollException(describe() + " " + e.getMessage() + "; the node that took over delivers "
                                           + "the " + delivered + " event(s) this poll delivered again", e);
        }
    }

    /**
     * A stopped or suspended trigger forgets a state it could not write: another node may take over from the stored
     * value meanwhile (leadership lost), and this one must not write an older state over its successor's.
     */
    @Override
    protected void doSuspend() throws Exception {
        forgetUnwrittenState();
        super.doSuspend();
    }

    @Override
    protected void doStop() throws Exception {
        forgetUnwrittenState();
        super.doStop();
    }

    private void forgetUnwrittenState() {
        if (state != null && state.forgetUnwritten()) {
            LOG.warn("{} stops with a state it could not write under key '{}': the events of its last poll are "
                     + "delivered again by the next poll, on this node or another", describe(), state.key());
        }
    }

    /** How many events this poll delivers: those it would deliver, at most {@code maxMessagesPerPoll}. */
    private int batchSize(List<TriggerEvent<S>> events, boolean deliver) {
        if (!deliver) {
            return 0;
        }
        int deliverable = (int) events.stream().filter(event -> event.event() != null).count();
        int max = config().getMaxMessagesPerPoll();
        return max > 0 ? Math.min(max, deliverable) : deliverable;
    }

    private Detection<S> awaitDetection(S current, long now) throws Exception {
        try {
            Detection<S> detection = detect(current, now).get();
            List<TriggerEvent<S>> events = new ArrayList<>(detection.events());
            events.sort(TriggerEvent.inOccurrenceOrder());
            return new Detection<>(events, detection.unconfirmed());
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = Futures.unwrap(e);
            throw new TriggerPollException(describe() + " could not poll the API, nothing was emitted or recorded; "
                                           + "the next poll tries again: " + cause.getMessage(), cause);
        }
    }

    /**
     * Sends one event through the route. A failed exchange (an exception, or rollback-only as Camel's consumers treat
     * it) is delivered again on a later poll, until it has failed {@code maxDeliveryAttempts} times: then the
     * consumer's exception handler gets it and the event counts as done.
     */
    private Outcome deliver(TriggerEvent<S> event, int index, int batchSize, int failedBefore) {
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
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, batchSize);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == batchSize - 1);
            prepare(event, exchange);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() == null && !exchange.isRollbackOnly()) {
                return Outcome.DELIVERED;
            }
            String why = exchange.getException() != null ? exchange.getException().getMessage() : "rolled back";
            int failures = failedBefore + 1;
            int max = config().getMaxDeliveryAttempts();
            if (max > 0 && failures >= max) {
                LOG.warn("{}: the exchange of event {} failed {} time(s) ({}); giving up on it: it is recorded as "
                         + "delivered and handed to the exception handler", describe(), event.id(), failures, why);
                Throwable cause = exchange.getException() != null ? exchange.getException()
                        : new IllegalStateException("the exchange was rolled back");
                getExceptionHandler().handleException(describe() + ": event " + event.id() + " given up after "
                                                      + failures + " failed deliveries", exchange, cause);
                return Outcome.GIVEN_UP;
            }
            LOG.warn("{}: the exchange of event {} failed ({}, attempt {}{}); it stays unrecorded and is delivered "
                     + "again on the next poll, the later events of the same resource wait behind it", describe(),
                    event.id(), why, failures, max > 0 ? " of " + max : "");
            return Outcome.FAILED;
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

    protected String describe() {
        return "mistral:" + getEndpoint().getApi() + "?event=" + listenedEvent();
    }
}
