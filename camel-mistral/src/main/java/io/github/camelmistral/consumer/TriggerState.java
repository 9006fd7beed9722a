package io.github.camelmistral.consumer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.spi.StateRepository;

/**
 * The state of one trigger as one value under one key of a Camel {@link StateRepository}.
 * <p>
 * One value per trigger keeps every commit atomic: a repository never holds half of a poll's changes. An unreadable
 * value fails the poll instead of being replaced by an empty state, which would re-emit or lose events.
 * <p>
 * Format 2, written by this version: {@code v2:} followed by the URL-safe Base64 (no padding) of the gzipped JSON
 * {@code {"state": ..., "attempts": {eventId: failedDeliveries}}}. Ids and times repeat a lot, so gzip makes the value
 * several times smaller than its JSON, and Base64 keeps it one line of text for line-based repositories. Format 1, a
 * bare JSON object of the state (older versions), is still read; the next write turns it into format 2.
 *
 * @param <S> the state type, written and read with Jackson
 */
final class TriggerState<S> {

    static final String FORMAT_2 = "v2:";

    /**
     * Not the API mapper: that one drops null values, also inside maps, which would silently forget e.g. a model
     * listed without {@code created}.
     */
    private static final ObjectMapper STATE_MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<TreeMap<String, Integer>> ATTEMPTS = new TypeReference<>() {
    };

    /**
     * A stored state with the failed deliveries of the events it has not recorded yet.
     *
     * @param state    the trigger's state
     * @param attempts how many times the exchange of each event id failed so far
     */
    record Stored<S>(S state, Map<String, Integer> attempts) {

        Stored {
            attempts = Map.copyOf(attempts);
        }
    }

    private final StateRepository<String, String> repository;
    private final String key;
    private final String legacyKey;
    private final Class<S> type;
    /** The JSON last read or written: an unchanged state is not written again (a file repository rewrites its file). */
    private String lastJson;

    /**
     * @param legacyKey where an older version kept this state (read when {@code key} holds nothing yet), or null
     */
    TriggerState(StateRepository<String, String> repository, String key, String legacyKey, Class<S> type) {
        this.repository = repository;
        this.key = key;
        this.legacyKey = legacyKey != null && !legacyKey.equals(key) ? legacyKey : null;
        this.type = type;
    }

    /** The stored state, or null when this trigger has never committed any (its first start). */
    Stored<S> load() {
        String value = repository.getState(key);
        boolean migrating = (value == null || value.isBlank()) && legacyKey != null;
        if (migrating) {
            value = repository.getState(legacyKey);
        }
        if (value == null || value.isBlank()) {
            lastJson = null;
            return null;
        }
        try {
            String json = value.startsWith(FORMAT_2) ? gunzip(value.substring(FORMAT_2.length())) : value;
            // a state found under the legacy key is written under the new one at the next save
            lastJson = migrating ? null : json;
            JsonNode tree = STATE_MAPPER.readTree(json);
            if (!value.startsWith(FORMAT_2)) {
                return new Stored<>(STATE_MAPPER.treeToValue(tree, type), Map.of());
            }
            JsonNode attempts = tree.path("attempts");
            return new Stored<>(STATE_MAPPER.treeToValue(tree.path("state"), type),
                    attempts.isObject() ? STATE_MAPPER.convertValue(attempts, ATTEMPTS) : Map.of());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The trigger state under key '" + (migrating ? legacyKey : key)
                                            + "' is not readable as " + type.getSimpleName() + "; fix or remove it: "
                                            + e.getMessage(), e);
        }
    }

    /** Writes the state unless it is what the repository already holds. */
    void save(S state, Map<String, Integer> attempts) {
        try {
            ObjectNode envelope = STATE_MAPPER.createObjectNode();
            envelope.set("state", STATE_MAPPER.valueToTree(state));
            envelope.set("attempts", STATE_MAPPER.valueToTree(new TreeMap<>(attempts)));
            String json = STATE_MAPPER.writeValueAsString(envelope);
            if (!json.equals(lastJson)) {
                repository.setState(key, FORMAT_2 + gzip(json));
                lastJson = json;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the trigger state under key '" + key + "'", e);
        }
    }

    /** The JSON of the state alone in a stored value of either format (for tests and troubleshooting). */
    static String stateJson(String value) {
        try {
            if (!value.startsWith(FORMAT_2)) {
                return value;
            }
            return STATE_MAPPER.writeValueAsString(STATE_MAPPER.readTree(gunzip(value.substring(FORMAT_2.length())))
                    .path("state"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String gzip(String json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    private static String gunzip(String encoded) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
