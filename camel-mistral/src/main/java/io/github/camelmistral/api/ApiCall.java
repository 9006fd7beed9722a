package io.github.camelmistral.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP call to the API, independent of any transport: method, path relative to the base URL, query parameters
 * (a key may repeat, as {@code status=QUEUED&status=RUNNING} requires), an optional JSON body, and whether the call
 * creates something (an upload, a job), which a retry could create twice.
 */
public record ApiCall(String method, String path, Map<String, List<String>> query, Object jsonBody, boolean creates) {

    public ApiCall {
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public ApiCall(String method, String path, Map<String, List<String>> query, Object jsonBody) {
        this(method, path, query, jsonBody, false);
    }

    /** This call, marked as one that creates something: retried only when the API certainly did not act on it. */
    public ApiCall creating() {
        return new ApiCall(method, path, query, jsonBody, true);
    }

    public static ApiCall get(String path) {
        return new ApiCall("GET", path, null, null);
    }

    public static ApiCall get(String path, Map<String, List<String>> query) {
        return new ApiCall("GET", path, query, null);
    }

    public static ApiCall post(String path, Object jsonBody) {
        return new ApiCall("POST", path, null, jsonBody);
    }

    public static ApiCall delete(String path) {
        return new ApiCall("DELETE", path, null, null);
    }
}
