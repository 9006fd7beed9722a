package io.github.camelmistral.simulator.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.github.camelmistral.simulator.http.ApiException;

/**
 * Resources of one kind by id (conversations, agents, libraries, voices): listed newest first, and gone once deleted,
 * so reading a deleted one is a 404.
 */
public final class ResourceStore<T> {

    private final String kind;
    private final Function<T, String> idOf;
    private final Map<String, T> resources = new LinkedHashMap<>();

    /** {@code kind} names the resource in 404 messages, e.g. "Conversation". */
    public ResourceStore(String kind, Function<T, String> idOf) {
        this.kind = kind;
        this.idOf = idOf;
    }

    public T add(T resource) {
        resources.put(idOf.apply(resource), resource);
        return resource;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(resources.get(id));
    }

    public T get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound(kind + " " + id + " not found"));
    }

    /** Newest first: the API sorts its lists by creation time, latest first. */
    public List<T> list() {
        List<T> all = new ArrayList<>(resources.values());
        Collections.reverse(all);
        return all;
    }

    public T delete(String id) {
        T resource = get(id);
        resources.remove(id);
        return resource;
    }

    public int size() {
        return resources.size();
    }

    public void clear() {
        resources.clear();
    }
}
