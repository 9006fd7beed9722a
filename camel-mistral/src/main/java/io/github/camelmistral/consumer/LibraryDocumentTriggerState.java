package io.github.camelmistral.consumer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a library document trigger remembers between polls (stored as JSON):
 * <ul>
 * <li>{@code watermark}: the newest {@code created_at} recorded by the last poll that recorded all its new documents,
 * in Unix milliseconds; the next poll reads the library newest first until it reaches documents older than it minus
 * the overlap;</li>
 * <li>{@code seen}: the ids recorded whose {@code created_at} is still inside that overlap, so that a document listed
 * again is not taken for a new one; older ids are dropped, as no poll reads that far again;</li>
 * <li>{@code open}: the documents still processing, with their last {@code process_status}: the only documents a poll
 * asks about, so its cost follows the documents in processing, not the library's size.</li>
 * </ul>
 */
public final class LibraryDocumentTriggerState {

    public Long watermark;
    public Map<String, Long> seen = new TreeMap<>();
    public Map<String, String> open = new TreeMap<>();
}
