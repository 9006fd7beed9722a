package io.github.camelmistral.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The default chat memory: in this JVM only, at most {@code capacity} conversations, the least recently used one
 * forgotten first. A {@code memoryRepository} bean replaces it to survive restarts or share memory between nodes.
 */
public final class BoundedMemoryStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final Map<String, String> states;

    public BoundedMemoryStateRepository(int capacity) {
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized void setState(String key, String value) {
        states.put(key, value);
    }

    @Override
    public synchronized String getState(String key) {
        return states.get(key);
    }
}
