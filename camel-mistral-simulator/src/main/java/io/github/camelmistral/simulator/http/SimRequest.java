package io.github.camelmistral.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/** A received request, fully read: routes see the decoded query, path parameters and a lazily parsed body. */
public final class SimRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private Map<String, String> pathParams = Map.of();
    private String requestId;
    private JsonNode json;
    private Multipart multipart;

    public SimRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = decodeQuery(rawQuery);
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null) {
                caseInsensitive.put(name, List.copyOf(values));
            }
        });
        this.headers = Collections.unmodifiableMap(caseInsensitive);
        this.body = body;
    }

    /** Form decoding, as Starlette does it: an unencoded '+' in a value arrives as a space. */
    private static Map<String, List<String>> decodeQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return params;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public byte[] body() {
        return body;
    }

    /** A single-valued query parameter; like FastAPI, the last occurrence wins. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    SimRequest withPathParams(Map<String, String> params) {
        this.pathParams = Map.copyOf(params);
        return this;
    }

    /**
     * The id the simulator answers this request under ({@code mistral-correlation-id}), so that what the request
     * leaves behind, such as an observability event, can point back at it; null outside the server.
     */
    public String requestId() {
        return requestId;
    }

    public SimRequest withRequestId(String id) {
        this.requestId = id;
        return this;
    }

    public String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    public boolean isMultipart() {
        return contentType().startsWith("multipart/form-data");
    }

    /** Whether the body is to be read as JSON: FastAPI parses any non-form body of a JSON endpoint as JSON. */
    public boolean hasJsonBody() {
        return body.length > 0 && !isMultipart();
    }

    public JsonNode json() {
        if (json == null) {
            json = Json.parseRequest(body);
        }
        return json;
    }

    public Multipart multipart() {
        if (multipart == null) {
            multipart = Multipart.parse(header("Content-Type"), body);
        }
        return multipart;
    }
}
