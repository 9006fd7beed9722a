package io.github.camelmistral.api.classifiers;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/moderations} and {@code POST /v1/classifications}, which share this schema.
 *
 * @param input one text ({@code String}) or several ({@code List<String>}); one result comes back per text
 */
public record ClassificationRequest(String model, Object input, Map<String, Object> metadata) {

    public static ClassificationRequest of(String model, String text) {
        return new ClassificationRequest(model, text, null);
    }

    public static ClassificationRequest of(String model, List<String> texts) {
        return new ClassificationRequest(model, List.copyOf(texts), null);
    }
}
