package io.github.camelmistral.consumer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a snapshot trigger remembers between polls (stored as JSON): the ids of the last complete scan, with their
 * {@code created_at}. Only a complete scan replaces it, and an id leaves it only once its deletion is confirmed.
 */
public final class SnapshotTriggerState {

    public Map<String, Long> known = new TreeMap<>();
}
