package io.github.camelmistral.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelmistral.MistralApiName;

/**
 * The completion events of one component (so of one CamelContext): producers publish, completion triggers listen.
 * <p>
 * Producers first ask {@link #isListened(MistralApiName)}, one map lookup, and build nothing when no trigger listens:
 * the bus costs nothing to routes without completion triggers.
 */
public final class CompletionEventBus {

    private final Map<MistralApiName, List<CompletionListener>> listeners = new ConcurrentHashMap<>();

    public void subscribe(MistralApiName api, CompletionListener listener) {
        listeners.computeIfAbsent(api, key -> new CopyOnWriteArrayList<>()).add(listener);
    }

    public void unsubscribe(MistralApiName api, CompletionListener listener) {
        List<CompletionListener> current = listeners.get(api);
        if (current != null) {
            current.remove(listener);
        }
    }

    public boolean isListened(MistralApiName api) {
        List<CompletionListener> current = listeners.get(api);
        return current != null && !current.isEmpty();
    }

    /** Hands the event to every listener of its API group; listeners only enqueue, so this never blocks. */
    public void publish(CompletionEvent event) {
        List<CompletionListener> current = listeners.get(event.api());
        if (current != null) {
            current.forEach(listener -> listener.onCompletion(event));
        }
    }
}
