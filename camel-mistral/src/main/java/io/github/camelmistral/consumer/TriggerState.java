package io.github.camelmistral.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.github.camelmistral.api.MistralJson;
import org.apache.camel.spi.StateRepository;

/**
 * The state of one trigger as one JSON value under one key of a Camel {@link StateRepository}.
 * <p>
 * One value per trigger keeps every commit atomic: a repository never holds half of a poll's changes. An unreadable
 * value fails the poll instead of being replaced by an empty state, which would re-emit or lose events.
 *
 * @param <S> the state type, written and read with Jackson
 */
final class TriggerState<S> {

    private final StateRepository<String, String> repository;
    private final String key;
    private final Class<S> type;
    /** The JSON last read or written: an unchanged state is not written again (a file repository rewrites its file). */
    private String lastJson;

    TriggerState(StateRepository<String, String> repository, String key, Class<S> type) {
        this.repository = repository;
        this.key = key;
        this.type = type;
    }

    /** The stored state, or null when this trigger has never committed any (its first start). */
    S load() {
        String json = repository.getState(key);
        lastJson = json;
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MistralJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("The trigger state under key '" + key + "' is not readable as "
                                            + type.getSimpleName() + "; fix or remove it: " + e.getMessage(), e);
        }
    }

    void save(S state) {
        try {
            String json = MistralJson.mapper().writeValueAsString(state);
            if (!json.equals(lastJson)) {
                repository.setState(key, json);
                lastJson = json;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the trigger state under key '" + key + "'", e);
        }
    }
}
