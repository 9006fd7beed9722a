package io.github.camelmistral.api.batch;

import java.util.Arrays;
import java.util.Locale;

/** The shapes in which {@code mistral:batchJob?operation=results} hands over the results (the {@code resultsFormat} option). */
public enum BatchResultsFormat {
    /** A {@code List<BatchResult>}: output lines, then error lines. Everything in memory. */
    list,
    /** A {@code Map<String, BatchResult>} keyed by custom id, in file order. Everything in memory. */
    map,
    /** An {@code Iterator<BatchResult>} (also {@code Closeable}) reading the files line by line as it is consumed. */
    iterator;

    public static BatchResultsFormat of(String action, String name) {
        try {
            return valueOf(name.strip().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(action + " results: resultsFormat is one of "
                                               + Arrays.toString(values()) + ", but is '" + name + "'", e);
        }
    }
}
