package io.github.camelmistral.simulator.resources;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.simulator.SimulatorClock;

/**
 * The chat completions served since the last reset, oldest first, for the observability event search. Event ids have
 * their own sequence so that recording events does not shift the ids of files and jobs.
 */
public final class CompletionEventLog {

    private final SimulatorClock clock;
    private final Ids ids = new Ids();
    private final List<CompletionEvent> events = new ArrayList<>();

    CompletionEventLog(SimulatorClock clock) {
        this.clock = clock;
    }

    /** Records a completion from what was answered: its model and the usage it reported. */
    public CompletionEvent record(String correlationId, JsonNode completion, boolean stream) {
        JsonNode usage = completion.path("usage");
        CompletionEvent event = new CompletionEvent(events.size() + 1L, ids.uuid("completion-event"),
                correlationId != null ? correlationId : ids.uuid("correlation"), clock.now(),
                completion.path("model").asText(), stream, usage.path("prompt_tokens").asInt(),
                usage.path("completion_tokens").asInt());
        events.add(event);
        return event;
    }

    /** The events after {@code sequence} (0: all), oldest first. */
    public List<CompletionEvent> after(long sequence) {
        return events.stream().filter(event -> event.sequence() > sequence).toList();
    }

    public void clear() {
        events.clear();
        ids.reset();
    }
}
