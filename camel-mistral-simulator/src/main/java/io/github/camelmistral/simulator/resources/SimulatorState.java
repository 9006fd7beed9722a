package io.github.camelmistral.simulator.resources;

import java.time.Instant;

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
    }
}
