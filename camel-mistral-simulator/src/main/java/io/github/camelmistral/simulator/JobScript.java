package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;

/**
 * What happens to the jobs of one kind (batch or fine-tuning) created from now on: how long they stay queued and
 * running on the {@link SimulatorClock}, and how they end. Scripted outcomes are consumed one per created job, in
 * order; when none is left the default outcome applies.
 */
public final class JobScript {

    static final Duration DEFAULT_QUEUED = Duration.ofSeconds(2);
    static final Duration DEFAULT_RUNNING = Duration.ofSeconds(3);

    private final String kind;
    private final Set<JobOutcome> supported;
    private final Deque<JobOutcome> scripted = new ArrayDeque<>();
    private JobOutcome defaultOutcome = JobOutcome.SUCCESS;
    private Duration queuedFor = DEFAULT_QUEUED;
    private Duration runningFor = DEFAULT_RUNNING;

    JobScript(String kind, Set<JobOutcome> supported) {
        this.kind = kind;
        this.supported = Set.copyOf(supported);
    }

    /** The next created jobs end with these outcomes, one each, in order. */
    public synchronized JobScript script(JobOutcome... outcomes) {
        Arrays.stream(outcomes).forEach(this::checkSupported);
        scripted.addAll(Arrays.asList(outcomes));
        return this;
    }

    /** The outcome of jobs for which nothing is scripted. */
    public synchronized JobScript defaultOutcome(JobOutcome outcome) {
        defaultOutcome = checkSupported(outcome);
        return this;
    }

    /** How long new jobs stay queued, then running, on the simulator clock. */
    public synchronized JobScript durations(Duration queued, Duration running) {
        if (queued.isNegative() || running.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        queuedFor = queued;
        runningFor = running;
        return this;
    }

    public synchronized Duration queuedFor() {
        return queuedFor;
    }

    public synchronized Duration runningFor() {
        return runningFor;
    }

    /** The outcome of the job being created: an explicit request (metadata, suffix) wins over the script. */
    public synchronized JobOutcome nextOutcome(JobOutcome requested) {
        if (requested != null && supported.contains(requested)) {
            return requested;
        }
        return scripted.isEmpty() ? defaultOutcome : scripted.poll();
    }

    synchronized void reset() {
        scripted.clear();
        defaultOutcome = JobOutcome.SUCCESS;
        queuedFor = DEFAULT_QUEUED;
        runningFor = DEFAULT_RUNNING;
    }

    private JobOutcome checkSupported(JobOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (!supported.contains(outcome)) {
            throw new IllegalArgumentException(outcome + " is not an outcome of " + kind + " jobs");
        }
        return outcome;
    }
}
