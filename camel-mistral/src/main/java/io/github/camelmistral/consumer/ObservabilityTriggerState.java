package io.github.camelmistral.consumer;

import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code mistral:chat?event=created&source=observability} remembers between polls (stored as JSON):
 * <ul>
 * <li>{@code cursor}: the cursor that reads the page the trigger is on (null: the first page of the feed);</li>
 * <li>{@code seen}: the ids of that page's events already recorded, so that reading the page again (the end of the
 * feed is read again at every poll) reports only what is new on it; more than one page only while a failed event holds
 * the cursor back;</li>
 * <li>{@code newest}: the newest {@code created_at} recorded, so that a fallback from an expired cursor to the start
 * of the feed skips what was delivered already (null in states of older versions).</li>
 * </ul>
 */
public final class ObservabilityTriggerState {

    public String cursor;
    public Set<String> seen = new TreeSet<>();
    public String newest;
}
