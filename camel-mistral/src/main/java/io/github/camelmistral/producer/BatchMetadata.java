package io.github.camelmistral.producer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code metadata} of a batch job from a {@code Map} header or a {@code key=value,key=value} option (read as
 * {@link RequestMetadata} reads it, values as strings), checked against the API's limits (keys 1-32 characters,
 * values 1-512) so that a bad entry fails before the request.
 */
final class BatchMetadata {

    private static final int MAX_KEY_LENGTH = 32;
    private static final int MAX_VALUE_LENGTH = 512;

    private BatchMetadata() {
    }

    static Map<String, String> of(String action, Object source) {
        Map<String, Object> entries = RequestMetadata.parse(action + " create", source);
        if (entries == null) {
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        entries.forEach((key, value) -> metadata.put(key, value == null ? "" : String.valueOf(value)));
        metadata.forEach((key, value) -> check(action, key, value));
        return metadata;
    }

    private static void check(String action, String key, String value) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(action + " create: metadata keys have 1 to " + MAX_KEY_LENGTH
                                               + " characters, but '" + key + "' has " + key.length());
        }
        if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException(action + " create: metadata values have 1 to " + MAX_VALUE_LENGTH
                                               + " characters, but the value of '" + key + "' has " + value.length());
        }
    }
}
