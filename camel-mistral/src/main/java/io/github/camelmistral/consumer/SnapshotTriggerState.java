package io.github.camelmistral.consumer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a snapshot trigger remembers between polls (stored as JSON): the ids of the last complete scan, with their
 * {@code created_at} (and {@code expires_at} when the resource has one). Only a complete scan replaces it, and an id leaves it only once its deletion is confirmed.
 */
public final class SnapshotTriggerState {

    public Map<String, Long> known = new TreeMap<>();

    /**
     * The {@code expires_at} of the known ids that have one (files), so that a deletion can tell an expiry apart.
     * Absent in a state stored before it existed: the next complete scan fills it in.
     */
    public Map<String, Long> expiresAt = new TreeMap<>();
}
