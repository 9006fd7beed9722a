package io.github.camelmistral.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Pages;
import io.github.camelmistral.api.libraries.DocumentStatus;
import io.github.camelmistral.api.libraries.LibraryDocument;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mistral:libraryDocument?event=processed|failed&libraryId=...}: one event per document of the library whose
 * processing ends, {@code processed} when its {@code process_status} reaches {@code done}, {@code failed} for
 * {@code error} or {@code missing_content} (the exact status is in {@code CamelMistralDocumentStatus}).
 * <p>
 * Per poll: the library's documents newest first ({@code sort_by=created_at&sort_order=desc}), page after page until
 * a page reaches documents created before the newest one recorded minus {@code createdAfterOverlap}: usually one
 * request. Then one GET per document still processing that this listing did not return, at most
 * {@code pollConcurrency} at a time. A document is followed from its first sighting until its processing ends, however
 * many polls that takes; one deleted meanwhile (404) is no longer followed and reports nothing. A document ends
 * without an event when it reaches {@code noop} or {@code self_managed} (the API does not process it); a status this
 * version does not know counts as still processing. Reprocessing a document that ended is not reported.
 */
public class LibraryDocumentTriggerConsumer extends MistralPollingConsumer<LibraryDocumentTriggerState> {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryDocumentTriggerConsumer.class);

    static final String PROCESSED = "processed";
    static final String FAILED = "failed";
    private static final String TYPE_PREFIX = "library_document.";
    /** The API's largest {@code page_size} for documents. */
    private static final int MAX_PAGE_SIZE = 100;

    public LibraryDocumentTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor, LibraryDocumentTriggerState.class);
    }

    @Override
    protected void doStart() throws Exception {
        if (libraryId() == null || libraryId().isBlank()) {
            throw new IllegalArgumentException(describe() + " needs the libraryId option: the library whose documents "
                                               + "it watches");
        }
        super.doStart();
    }

    private String libraryId() {
        return config().getLibraryId();
    }

    private int pageSize() {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, config().getPageSize()));
    }

    private long overlapMillis() {
        return Math.max(0, config().getCreatedAfterOverlap());
    }

    @Override
    protected Map<String, Object> stateFilters() {
        return options("libraryId", libraryId());
    }

    /** {@code :<libraryId>}: every trigger of this kind has a library, so its name need not be in the key. */
    @Override
    protected String filterSuffix(String separator) {
        return ":" + libraryId();
    }

    @Override
    protected LibraryDocumentTriggerState newState() {
        return new LibraryDocumentTriggerState();
    }

    @Override
    protected CompletableFuture<Detection<LibraryDocumentTriggerState>> detect(LibraryDocumentTriggerState current,
                                                                               long now) {
        Long oldestNew = current.watermark == null ? null : current.watermark - overlapMillis();
        return listNewest(oldestNew).thenCompose(listed -> {
            Map<String, LibraryDocument> byId = new LinkedHashMap<>();
            listed.forEach(document -> byId.putIfAbsent(document.id(), document));
            List<TriggerEvent<LibraryDocumentTriggerState>> events = new ArrayList<>();
            byId.values().stream()
                    .filter(document -> !current.seen.containsKey(document.id())
                                        && !current.open.containsKey(document.id()))
                    .filter(document -> oldestNew == null || createdAt(document, Long.MAX_VALUE) >= oldestNew)
                    .sorted(Comparator.comparing((LibraryDocument document) -> createdAt(document, Long.MAX_VALUE))
                            .thenComparing(LibraryDocument::id))
                    .forEach(document -> events.add(firstSight(document, now)));
            List<Supplier<CompletableFuture<TriggerEvent<LibraryDocumentTriggerState>>>> reads = new ArrayList<>();
            current.open.forEach((id, recorded) -> {
                LibraryDocument document = byId.get(id);
                if (document != null) {
                    // the listing already tells how far it is: no GET needed
                    events.add(change(id, recorded, document, now));
                } else {
                    reads.add(() -> orNullIfNotFound(api().libraries().document(libraryId(), id))
                            .thenApply(read -> read == null ? gone(id, recorded, now) : change(id, recorded, read, now)));
                }
            });
            return confirmAll(reads).thenApply(settled -> {
                events.addAll(settled.values());
                events.removeIf(Objects::isNull);
                return new Detection<>(events, settled.failures());
            });
        });
    }

    /**
     * The head of the library, newest first, down to the first page that reaches documents created before
     * {@code oldestNew}; the whole library when it is null (the first poll).
     */
    private CompletableFuture<List<LibraryDocument>> listNewest(Long oldestNew) {
        int pageSize = pageSize();
        return Pages.until(pageSize, page -> api().libraries().documentsNewestFirst(libraryId()).page(page, pageSize)
                        .thenApply(MistralResponse::body),
                page -> oldestNew != null && page.stream().anyMatch(document -> createdAt(document, Long.MAX_VALUE) < oldestNew));
    }

    /** A document seen for the first time: its end if it has ended already, else it is followed from now on. */
    private TriggerEvent<LibraryDocumentTriggerState> firstSight(LibraryDocument document, long now) {
        String id = document.id();
        String status = document.status();
        long createdAt = createdAt(document, now * 1000);
        Consumer<LibraryDocumentTriggerState> recordSeen = state -> {
            state.seen.put(id, createdAt);
            if (!DocumentStatus.isEnded(status)) {
                state.open.put(id, status);
            }
        };
        if (!DocumentStatus.isEnded(status)) {
            return silent(id, createdAt / 1000, document, recordSeen);
        }
        return ended(document, status, recordSeen, now);
    }

    /** A followed document as read again: its end, a new status to record, or nothing when it has not moved. */
    private TriggerEvent<LibraryDocumentTriggerState> change(String id, String recorded, LibraryDocument document,
                                                            long now) {
        String status = document.status();
        if (Objects.equals(status, recorded)) {
            return null;
        }
        if (!DocumentStatus.isEnded(status)) {
            return silent(id, now, null, state -> state.open.put(id, status));
        }
        return ended(document, status, state -> state.open.remove(id), now);
    }

    /**
     * The end of a document's processing: delivered when the trigger listens to it, recorded silently otherwise
     * (e.g. a {@code failed} document for a {@code processed} trigger, or {@code noop}).
     */
    private TriggerEvent<LibraryDocumentTriggerState> ended(LibraryDocument document, String status,
                                                           Consumer<LibraryDocumentTriggerState> commit, long now) {
        String event = DocumentStatus.DONE.equals(status) ? PROCESSED : DocumentStatus.isFailed(status) ? FAILED : null;
        long at = Math.max(seconds(document.lastProcessedAt(), now), createdAt(document, now * 1000) / 1000);
        if (event == null) {
            return silent(document.id(), at, null, commit.andThen(state -> LOG.info("{}: document {} ended in "
                    + "process_status {}, which reports no event", describe(), document.id(), status)));
        }
        String type = TYPE_PREFIX + event;
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(MistralConstants.DOCUMENT_ID, document.id());
        headers.put(MistralConstants.LIBRARY_ID, document.libraryId() != null ? document.libraryId() : libraryId());
        headers.put(MistralConstants.DOCUMENT_STATUS, status);
        return new TriggerEvent<>(event.equals(listenedEvent()) ? event : null, type, type + ":" + document.id(),
                document.id(), at, document, headers, commit);
    }

    private TriggerEvent<LibraryDocumentTriggerState> gone(String id, String recorded, long now) {
        return silent(id, now, null, state -> {
            LOG.info("{}: document {} (last seen {}) is gone from library {} and no longer followed", describe(), id,
                    recorded, libraryId());
            state.open.remove(id);
        });
    }

    /**
     * A change recorded without an exchange. The body of a new document is kept, so that {@link #afterPoll} can hold
     * the watermark before a new document left for the next poll.
     */
    private static TriggerEvent<LibraryDocumentTriggerState> silent(String id, long at, LibraryDocument document,
                                                                    Consumer<LibraryDocumentTriggerState> commit) {
        return new TriggerEvent<>(null, null, null, id, at, document, Map.of(), commit);
    }

    /**
     * The watermark moves only once the poll's events are recorded, and stays before the oldest new document whose
     * event is left for the next poll, so that the next listing still reaches it. Ids older than the overlap are
     * dropped: no listing reads that far again.
     */
    @Override
    protected void afterPoll(LibraryDocumentTriggerState current, long now,
                             List<TriggerEvent<LibraryDocumentTriggerState>> uncommitted) {
        Long oldestPending = uncommitted.stream()
                .map(TriggerEvent::body)
                .filter(LibraryDocument.class::isInstance)
                .map(LibraryDocument.class::cast)
                .filter(document -> !current.seen.containsKey(document.id()))
                .map(document -> createdAt(document, now * 1000))
                .min(Long::compare).orElse(null);
        current.seen.values().stream().max(Long::compare).ifPresent(newest -> {
            long reachable = oldestPending == null ? newest : Math.min(newest, oldestPending - 1);
            current.watermark = current.watermark == null ? reachable : Math.max(current.watermark, reachable);
        });
        if (current.watermark != null) {
            // one second of slack, as for created_after: the API's times may be rounded
            long oldestListable = current.watermark - overlapMillis() - 1000;
            current.seen.values().removeIf(createdAt -> createdAt < oldestListable);
        }
    }

    /** A document's {@code created_at} in Unix milliseconds, {@code fallback} when it has none or it does not parse. */
    private static long createdAt(LibraryDocument document, long fallback) {
        Instant instant = ApiTimes.instantOf(document.createdAt());
        return instant == null ? fallback : instant.toEpochMilli();
    }

    private static long seconds(String dateTime, long fallback) {
        Instant instant = ApiTimes.instantOf(dateTime);
        return instant == null ? fallback : instant.getEpochSecond();
    }
}
