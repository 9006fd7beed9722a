package io.github.camelmistral.simulator.resources;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.camelmistral.simulator.SimulatorClock;

/**
 * Everything the simulated API remembers. Not thread-safe by itself: the dispatcher handles one request at a time
 * against it (streaming and delays happen outside), which keeps every store simple.
 */
public final class SimulatorState {

    private final SimulatorClock clock;
    private final Ids ids = new Ids();
    private final FileStore files;
    private final ModelRegistry models = new ModelRegistry();
    private final BatchJobStore batchJobs;
    private final FineTuningJobStore fineTuningJobs;
    private final CompletionEventLog completionEvents;
    private final ResourceStore<Conversation> conversations = new ResourceStore<>("Conversation", Conversation::id);
    private final ResourceStore<Agent> agents = new ResourceStore<>("Agent", Agent::id);
    private final ResourceStore<Library> libraries = new ResourceStore<>("Library", Library::id);
    private final ResourceStore<Voice> voices = new ResourceStore<>("Voice", Voice::id);
    private final PromptCache promptCache = new PromptCache();

    public SimulatorState(SimulatorClock clock) {
        this.clock = clock;
        this.files = new FileStore(clock);
        this.batchJobs = new BatchJobStore(files, ids);
        this.fineTuningJobs = new FineTuningJobStore(files, ids);
        this.completionEvents = new CompletionEventLog(clock);
    }

    public SimulatorClock clock() {
        return clock;
    }

    public Instant now() {
        return clock.now();
    }

    /**
     * Now to the microsecond: the precision of the ISO-8601 timestamps the API writes (conversations, agents,
     * libraries, voices), which some clients' parsers need.
     */
    public Instant timestamp() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Ids ids() {
        return ids;
    }

    public FileStore files() {
        return files;
    }

    public ModelRegistry models() {
        return models;
    }

    public BatchJobStore batchJobs() {
        return batchJobs;
    }

    public FineTuningJobStore fineTuningJobs() {
        return fineTuningJobs;
    }

    /** The chat completions served, for the observability event search. */
    public CompletionEventLog completionEvents() {
        return completionEvents;
    }

    public ResourceStore<Conversation> conversations() {
        return conversations;
    }

    /** The beta agents (not the deprecated agents completions, which need no stored agent). */
    public ResourceStore<Agent> agents() {
        return agents;
    }

    public ResourceStore<Library> libraries() {
        return libraries;
    }

    public ResourceStore<Voice> voices() {
        return voices;
    }

    /** The last prompt per {@code prompt_cache_key}, for the cached tokens of chat, FIM and agent completions. */
    public PromptCache promptCache() {
        return promptCache;
    }

    /**
     * Brings the stores up to the clock: jobs that ended since the last request leave their effects (result files,
     * fine-tuned models) stamped with the instant they ended, whenever the clock was moved.
     */
    public void settle(BatchRunner batchRunner) {
        Instant now = clock.now();
        fineTuningJobs.settle(now, models);
        batchJobs.settle(now, batchRunner);
    }

    public void reset() {
        ids.reset();
        files.clear();
        models.reset();
        batchJobs.clear();
        fineTuningJobs.clear();
        completionEvents.clear();
        conversations.clear();
        agents.clear();
        libraries.clear();
        voices.clear();
        promptCache.clear();
    }
}
