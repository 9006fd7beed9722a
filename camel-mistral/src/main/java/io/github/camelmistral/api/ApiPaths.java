package io.github.camelmistral.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths of single resources ({@code /v1/files/<id>/content}, {@code /v1/models/<id>}, ...). */
public final class ApiPaths {

    private ApiPaths() {
    }

    /**
     * {@code base/<id>} plus further segments. The id is encoded so that it cannot change the path; the {@code :} of
     * fine-tuned model ids ({@code ft:open-mistral-7b:...}) is valid in a path and stays as it is.
     */
    public static String resource(String base, String id, String... segments) {
        StringBuilder path = new StringBuilder(base).append('/').append(segment(id));
        for (String segment : segments) {
            path.append('/').append(segment);
        }
        return path.toString();
    }

    /** A value encoded as one path segment: it cannot change the path. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }
}
