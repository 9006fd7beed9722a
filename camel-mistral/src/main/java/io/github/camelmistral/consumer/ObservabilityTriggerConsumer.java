package io.github.camelmistral.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.observability.ChatCompletionEventFeed;
import io.github.camelmistral.api.observability.ChatCompletionEventPreview;
import io.github.camelmistral.api.observability.ChatCompletionEventsSearch;
import io.github.camelmistral.api.observability.FilterCondition;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mistral:chat?event=created&source=observability}: the chat completions of the whole organization, from the
 * (beta) {@code POST /v1/observability/chat-completion-events/search}, so also those made outside this application.
 * The body of an event is a {@link ChatCompletionEventPreview}.
 * <p>
 * The spec says nothing about the feed's order or what its {@code cursor} means at the end. This trigger assumes a
 * feed read oldest first, where the {@code cursor} of an answer reads the following page; it decides:
 * <ul>
 * <li>the state is the cursor of the page the trigger is on plus the ids already recorded from that page;</li>
 * <li>a poll reads that page again, then follows the cursors page by page; it stops at an empty page, at an answer
 * without cursor, or at a cursor it was already given (no progress);</li>
 * <li>the trigger moves on to a page's cursor once every event of the page is recorded. At the end of the feed it
 * stays on the last cursor it was given and reads that page again at every poll: an empty page that later fills up,
 * or, when the answer had no cursor, the last page with events, whose new ids are reported and the others skipped.
 * Reading the end costs one request per poll, and no event is lost whether the API hands back a cursor at the end or
 * not;</li>
 * <li>events keep the feed's order across pages and are sorted by {@code created_at} within a page;</li>
 * <li>a stored cursor the API refuses (400, 404, 410, 422) in {@value #CURSOR_REFUSALS_BEFORE_FALLBACK} polls in a row
 * is taken as expired: the trigger logs it once and reads the feed again from its start, delivering only the events
 * created after the newest one it recorded ({@code newest} in the state);</li>
 * <li>the first start with {@code startFrom=now} walks the whole feed once, silently, to reach its end (one request
 * per {@code pageSize} events, at most 100 per page as the API allows).</li>
 * </ul>
 * The {@code model} filter is sent as the search filter {@code model eq <model>}: the spec allows filter conditions,
 * but does not name the fields (the API lists them at {@code GET /v1/observability/chat-completion-fields}).
 */
public class ObservabilityTriggerConsumer extends MistralPollingConsumer<ObservabilityTriggerState> {

    static final String TYPE = "chat_completion.created";
    /** After this many polls in a row in which the API refused the stored cursor, it is taken as expired. */
    static final int CURSOR_REFUSALS_BEFORE_FALLBACK = 3;
    private static final Set<Integer> REFUSAL_STATUSES = Set.of(400, 404, 410, 422);
    private static final Logger LOG = LoggerFactory.getLogger(ObservabilityTriggerConsumer.class);

    /** Polls in a row whose stored cursor the API refused; in memory: a restart gives the cursor three more polls. */
    private final AtomicInteger cursorRefusals = new AtomicInteger();

    public ObservabilityTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor, ObservabilityTriggerState.class);
    }

    @Override
    protected ObservabilityTriggerState newState() {
        return new ObservabilityTriggerState();
    }

    @Override
    protected CompletableFuture<Detection<ObservabilityTriggerState>> detect(ObservabilityTriggerState current,
                                                                             long now) {
        FeedRead read = new FeedRead(current, now);
        CompletableFuture<ChatCompletionEventFeed> firstPage = search(current.cursor)
                .thenApply(feed -> {
                    cursorRefusals.set(0);
                    return feed;
                })
                .exceptionallyCompose(failure -> {
                    if (current.cursor == null || !isRefusal(failure)
                        || cursorRefusals.incrementAndGet() < CURSOR_REFUSALS_BEFORE_FALLBACK) {
                        return CompletableFuture.failedFuture(failure);
                    }
                    cursorRefusals.set(0);
                    LOG.warn("{}: the API refused the stored cursor in {} polls in a row ({}); it is taken as expired: "
                             + "reading the feed again from its start, skipping the events created at or before {}, "
                             + "the newest one recorded", describe(), CURSOR_REFUSALS_BEFORE_FALLBACK,
                            Futures.unwrap(failure).getMessage(), current.newest);
                    read.restartFromTheStart();
                    return search(null);
                });
        return firstPage.thenCompose(feed -> read.page(read.startCursor, feed))
                .thenApply(done -> Detection.complete(read.events));
    }

    /** Whether the API refused a request for what it asked (as an expired cursor would be), not for who asked. */
    private static boolean isRefusal(Throwable failure) {
        return Futures.unwrap(failure) instanceof MistralApiException api
               && REFUSAL_STATUSES.contains(api.getStatusCode());
    }

    /** One poll's walk through the feed: the pages read, the ids found, the events to deliver. */
    private final class FeedRead {

        private final long now;
        private final List<TriggerEvent<ObservabilityTriggerState>> events = new ArrayList<>();
        /** The ids the state records for the page it is on. */
        private final Set<String> recorded;
        private final Set<String> found;
        private final Set<String> cursorsRead = new HashSet<>();
        /** The newest {@code created_at} the state records. */
        private final String newest;
        private String startCursor;
        /** After a fallback to the start of the feed: events created at or before it were recorded already. */
        private Instant skipUpTo;

        FeedRead(ObservabilityTriggerState current, long now) {
            this.now = now;
            this.recorded = Set.copyOf(current.seen);
            this.found = new HashSet<>(current.seen);
            this.startCursor = current.cursor;
            this.newest = current.newest;
        }

        void restartFromTheStart() {
            startCursor = null;
            skipUpTo = ApiTimes.instantOf(newest);
            events.add(new TriggerEvent<>(null, null, null, null, now, null, Map.of(), state -> {
                state.cursor = null;
                state.seen.clear();
            }));
        }

        /** Takes in the page {@code cursor} read, then reads the pages after it. */
        CompletableFuture<Void> page(String cursor, ChatCompletionEventFeed feed) {
            cursorsRead.add(cursor);
            // ids recorded before on a page the trigger moves to stay recorded there, or that page would repeat them
            feed.results().stream()
                    .map(ChatCompletionEventPreview::eventId)
                    .filter(id -> id != null && recorded.contains(id))
                    .forEach(id -> events.add(keptRecorded(id, now)));
            feed.results().stream()
                    .filter(event -> event.eventId() != null && found.add(event.eventId()))
                    .sorted(Comparator.comparing((ChatCompletionEventPreview event) -> ApiTimes.instantOf(event.createdAt()),
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(event -> events.add(isRecordedBeforeFallback(event)
                            ? keptRecorded(event.eventId(), now) : created(event, now)));
            String next = feed.cursor();
            if (feed.results().isEmpty() || next == null || cursorsRead.contains(next)) {
                return CompletableFuture.completedFuture(null);
            }
            events.add(pageDone(next, now));
            return search(next).thenCompose(following -> page(next, following));
        }

        private boolean isRecordedBeforeFallback(ChatCompletionEventPreview event) {
            Instant createdAt = ApiTimes.instantOf(event.createdAt());
            return skipUpTo != null && createdAt != null && !createdAt.isAfter(skipUpTo);
        }
    }

    @Override
    protected Map<String, Object> stateFilters() {
        return options("model", config().getModel());
    }

    private CompletableFuture<ChatCompletionEventFeed> search(String cursor) {
        String model = config().getModel();
        ChatCompletionEventsSearch body = ChatCompletionEventsSearch.of(
                model == null ? null : FilterCondition.equalTo("model", model));
        return api().observability().searchChatCompletionEvents(body, cursor, config().getPageSize());
    }

    /**
     * One completion. All events of a poll occur "now": the base sorts by that time with a stable sort, so they keep
     * the order they were read in, and a page's {@link #pageDone} stays behind every event of that page.
     */
    private TriggerEvent<ObservabilityTriggerState> created(ChatCompletionEventPreview event, long now) {
        String id = event.eventId();
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(MistralConstants.MODEL, event.model());
        headers.put(MistralConstants.PROMPT_TOKENS, event.nbInputTokens());
        headers.put(MistralConstants.COMPLETION_TOKENS, event.nbOutputTokens());
        headers.put(MistralConstants.TOTAL_TOKENS, event.totalTokens());
        headers.put(MistralConstants.REQUEST_ID, event.correlationId());
        return new TriggerEvent<>("created", TYPE, TYPE + ":" + id, id, now, event, headers, state -> {
            state.seen.add(id);
            Instant createdAt = ApiTimes.instantOf(event.createdAt());
            if (createdAt != null && (ApiTimes.instantOf(state.newest) == null || createdAt.isAfter(ApiTimes.instantOf(state.newest)))) {
                state.newest = event.createdAt();
            }
        });
    }

    /** Keeps an id recorded in the state (again, after a {@link #pageDone} cleared it); nothing is delivered. */
    private static TriggerEvent<ObservabilityTriggerState> keptRecorded(String id, long now) {
        return new TriggerEvent<>(null, null, null, id, now, null, Map.of(), state -> state.seen.add(id));
    }

    /** Moves the trigger to the next page, once every event before it is recorded; nothing is delivered. */
    private static TriggerEvent<ObservabilityTriggerState> pageDone(String nextCursor, long now) {
        // no order key: a barrier, held back while any event of the page before it is
        return new TriggerEvent<>(null, null, null, null, now, null, Map.of(), state -> {
            if (!Objects.equals(state.cursor, nextCursor)) {
                state.cursor = nextCursor;
                state.seen.clear();
            }
        });
    }

    @Override
    protected String describe() {
        return super.describe() + "&source=observability";
    }
}
