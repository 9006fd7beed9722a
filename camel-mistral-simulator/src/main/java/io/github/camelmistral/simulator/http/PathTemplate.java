package io.github.camelmistral.simulator.http;

import java.util.HashMap;
import java.util.Map;

/** A path such as {@code /v1/files/{file_id}}; a parameter matches one non-empty segment. */
public record PathTemplate(String template) {

    /** The parameters of a matching path, or null when the path does not match. */
    public Map<String, String> match(String path) {
        String[] expected = template.split("/");
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < expected.length; i++) {
            String segment = expected[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(segment.substring(1, segment.length() - 1), actual[i]);
            } else if (!segment.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }
}
