package io.github.camelmistral.api;

import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;

/**
 * An API key that can authorize a request and nothing else: it has no getter and its {@code toString} is masked, so
 * it cannot end up in a log line, an exception message or a dump by accident.
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** Wraps a key; a null or blank key means requests go out unauthenticated (and the API answers 401). */
    public static ApiKey of(String value) {
        return new ApiKey(value == null || value.isBlank() ? null : value.strip());
    }

    void applyTo(HttpRequest request) {
        if (value != null) {
            request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + value);
        }
    }

    @Override
    public String toString() {
        return value == null ? "ApiKey[none]" : "ApiKey[******]";
    }
}
