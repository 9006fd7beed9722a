package io.github.camelmistral.api;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What the asynchronous calls of this component share when they report a failure. */
public final class Futures {

    private Futures() {
    }

    /** The failure a {@link CompletionException} or {@link ExecutionException} wraps, however deeply. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Whether a failed call failed because the API answered 404 (the resource does not exist, or no longer). */
    public static boolean isNotFound(Throwable failure) {
        return unwrap(failure) instanceof MistralApiException api && api.getStatusCode() == 404;
    }
}
