package io.github.camelmistral.consumer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** A state this trigger delivered events for but could not write; kept until a write succeeds or it stops. */
    private record Unwritten(String json, String value) {
    }

    /**
     * Writing the state failed: the state is kept in memory ({@link #load()} retries the write and returns it), so
     * the events it records are not delivered again by this trigger.
     */
    static final class WriteFailed extends RuntimeException {

        WriteFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A trigger stopped during its poll found that another writer (a node that took the trigger over) replaced the
     * value it read at the start of the poll: the poll's changes are dropped rather than written over a newer state.
     */
    static final class Superseded extends RuntimeException {

        Superseded(String message) {
            super(message);
        }
    }

    private final StateRepository<String, String> repository;
    private final String key;
    private final List<String> legacyKeys;
    private final Class<S> type;
    /** The JSON last read or written: an unchanged state is not written again (a file repository rewrites its file). */
    private String lastJson;
    /** The raw value under {@code key} last read or written, to notice another writer (see {@link #save}). */
    private String lastValue;
    private volatile Unwritten unwritten;

    /**
     * @param legacyKeys where older versions kept this state, newest first (read when {@code key} holds nothing yet)
     */
    TriggerState(StateRepository<String, String> repository, String key, List<String> legacyKeys, Class<S> type) {
        this.repository = repository;
        this.key = key;
        this.legacyKeys = legacyKeys.stream().filter(legacy -> !legacy.equals(key)).distinct().toList();
        this.type = type;
    }

    String key() {
        return key;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The state to poll from, or null when this trigger has never committed any (its first start). After a failed
     * write it is the unwritten state, written first: a write that fails again throws {@link WriteFailed}.
     */
    Stored<S> load() {
        Unwritten pending = unwritten;
        if (pending != null) {
            write(pending);
            return parse(pending.json(), true, key);
        }
        String value = repository.getState(key);
        lastValue = value;
        String readKey = key;
        for (int older = 0; isEmpty(value) && older < legacyKeys.size(); older++) {
            readKey = legacyKeys.get(older);
            value = repository.getState(readKey);
        }
        boolean migrating = !readKey.equals(key);
        if (isEmpty(value)) {
            lastJson = null;
            return null;
        }
        try {
            boolean format2 = value.startsWith(FORMAT_2);
            String json = format2 ? gunzip(value.substring(FORMAT_2.length())) : value;
            // a state found under the legacy key is written under the new one at the next save
            lastJson = migrating ? null : json;
            return parse(json, format2, readKey);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(readKey, e);
        }
    }

    /** Writes the state unless it is what the repository already holds. */
    void save(S state, Map<String, Integer> attempts) {
        save(state, attempts, false);
    }

    /**
     * Writes the state unless it is what the repository already holds.
     *
     * @param stopped whether the trigger was stopped during the poll (e.g. it lost the leadership in a cluster): then
     *                the state is written only if the stored value is still the one the poll started from, since
     *                another node may have taken over and written a newer one, and a failed write is not kept.
     *                The repository offers no compare-and-set: a write in the same instant can still win.
     */
    void save(S state, Map<String, Integer> attempts, boolean stopped) {
        String json;
        String value;
        try {
            ObjectNode envelope = STATE_MAPPER.createObjectNode();
            envelope.set("state", STATE_MAPPER.valueToTree(state));
            envelope.set("attempts", STATE_MAPPER.valueToTree(new TreeMap<>(attempts)));
            json = STATE_MAPPER.writeValueAsString(envelope);
            if (json.equals(lastJson)) {
                return;
            }
            value = FORMAT_2 + gzip(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the trigger state under key '" + key + "'", e);
        }
        if (stopped && !Objects.equals(storedValue(), lastValue)) {
            throw new Superseded("was stopped during its poll and the state under key '" + key + "' was written by "
                                 + "another node meanwhile (it took the trigger over): this poll's changes are not "
                                 + "written over it");
        }
        try {
            write(new Unwritten(json, value));
        } catch (WriteFailed e) {
            if (stopped) {
                unwritten = null;
            }
            throw e;
        }
    }

    /** Forgets an unwritten state: from now on the stored value is the truth (another node may poll from it). */
    boolean forgetUnwritten() {
        boolean forgotten = unwritten != null;
        unwritten = null;
        return forgotten;
    }

    private String storedValue() {
        try {
            return repository.getState(key);
        } catch (RuntimeException e) {
            throw new WriteFailed("cannot read its state under key '" + key + "' before writing it: " + e.getMessage(),
                    e);
        }
    }

    private void write(Unwritten written) {
        try {
            repository.setState(key, written.value());
        } catch (RuntimeException e) {
            unwritten = written;
            throw new WriteFailed("cannot write its state under key '" + key + "': " + e.getMessage(), e);
        }
        unwritten = null;
        lastValue = written.value();
        lastJson = written.json();
    }

    private Stored<S> parse(String json, boolean format2, String readKey) {
        try {
            JsonNode tree = STATE_MAPPER.readTree(json);
            if (!format2) {
                return new Stored<>(STATE_MAPPER.treeToValue(tree, type), Map.of());
            }
            JsonNode attempts = tree.path("attempts");
            return new Stored<>(STATE_MAPPER.treeToValue(tree.path("state"), type),
                    attempts.isObject() ? STATE_MAPPER.convertValue(attempts, ATTEMPTS) : Map.of());
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(readKey, e);
        }
    }

    private IllegalStateException unreadable(String readKey, Exception e) {
        return new IllegalStateException("The trigger state under key '" + readKey + "' is not readable as "
                                         + type.getSimpleName() + "; fix or remove it: " + e.getMessage(), e);
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
