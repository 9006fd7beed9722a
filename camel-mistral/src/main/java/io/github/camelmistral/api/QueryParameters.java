package io.github.camelmistral.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the query of an {@link ApiCall}: unset (null) values are left out, and a collection becomes one repeated
 * parameter per element ({@code status=QUEUED&status=RUNNING}), as the API's array filters require.
 */
public final class QueryParameters {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public static QueryParameters of(Map<String, List<String>> query) {
        QueryParameters parameters = new QueryParameters();
        query.forEach((name, list) -> parameters.values.put(name, new ArrayList<>(list)));
        return parameters;
    }

    /** Adds {@code name=value}, repeated for each element of a collection; nothing when the value is null. */
    public QueryParameters add(String name, Object value) {
        if (value instanceof Collection<?> many) {
            many.forEach(each -> add(name, each));
        } else if (value != null) {
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(String.valueOf(value));
        }
        return this;
    }

    /** Sets {@code name=value}, replacing what was there. */
    public QueryParameters set(String name, Object value) {
        values.remove(name);
        return add(name, value);
    }

    public Map<String, List<String>> toMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return copy;
    }
}
