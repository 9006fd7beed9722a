package io.github.camelmistral.simulator.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The conjunction of a list endpoint's filters; a filter whose parameter is absent lets everything through. */
final class ListFilter<T> implements Predicate<T> {

    private Predicate<T> all = item -> true;

    /** Adds the filter built from the parameter's value, if it was given. */
    <V> ListFilter<T> when(Optional<V> value, Function<V, Predicate<T>> filter) {
        value.ifPresent(given -> all = all.and(filter.apply(given)));
        return this;
    }

    /** Adds the filter built from a repeated parameter's values, if any was given. */
    <V> ListFilter<T> whenAny(List<V> values, Function<List<V>, Predicate<T>> filter) {
        return when(values.isEmpty() ? Optional.empty() : Optional.of(values), filter);
    }

    @Override
    public boolean test(T item) {
        return all.test(item);
    }
}
