package io.github.camelmistral.simulator.resources;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prompt caching as {@code prompt_cache_key} promises it: a request under a key reuses the prefix it shares with the
 * previous prompt sent under that key. The simulator keeps the last prompt per key and reports the shared prefix's
 * characters; the caller turns them into tokens.
 */
public final class PromptCache {

    private final Map<String, String> lastPrompts = new ConcurrentHashMap<>();

    /** The characters {@code prompt} shares from its start with the last prompt under {@code key}, which it replaces. */
    public int sharedPrefix(String key, String prompt) {
        String previous = lastPrompts.put(key, prompt);
        if (previous == null) {
            return 0;
        }
        int shared = 0;
        int max = Math.min(previous.length(), prompt.length());
        while (shared < max && previous.charAt(shared) == prompt.charAt(shared)) {
            shared++;
        }
        return shared;
    }

    public void clear() {
        lastPrompts.clear();
    }
}
