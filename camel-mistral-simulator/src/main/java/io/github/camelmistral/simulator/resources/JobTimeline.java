package io.github.camelmistral.simulator.resources;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The planned status changes of a job, laid out on the simulator clock when the job is created (and re-planned on
 * cancel or start). The status at any instant is the last change at or before it, so a job progresses by moving the
 * clock alone: nothing runs in the background, and reading a job twice at the same instant gives the same answer.
 */
public final class JobTimeline {

    /** A status change at an instant. */
    public record Transition(String status, Instant at) {
    }

    /** How long a requested cancellation takes to complete, so clients can see CANCELLATION_REQUESTED. */
    public static final Duration CANCELLATION_DELAY = Duration.ofSeconds(1);

    private final List<Transition> transitions = new ArrayList<>();

    public JobTimeline(String initialStatus, Instant createdAt) {
        transitions.add(new Transition(initialStatus, createdAt));
    }

    public JobTimeline then(String status, Instant at) {
        transitions.add(new Transition(status, at));
        return this;
    }

    /** Ends the plan with {@code status}; a cancellation passes through CANCELLATION_REQUESTED first. */
    public JobTimeline endWith(String status, Instant at) {
        if (status.equals("CANCELLED")) {
            then("CANCELLATION_REQUESTED", at);
            return then("CANCELLED", at.plus(CANCELLATION_DELAY));
        }
        return then(status, at);
    }

    /** A cancellation requested at {@code now}: whatever was planned after it no longer happens. */
    public void cancel(Instant now) {
        forgetAfter(now);
        endWith("CANCELLED", now);
    }

    /** The change in effect at {@code now}. */
    public Transition current(Instant now) {
        Transition current = transitions.get(0);
        for (Transition transition : transitions) {
            if (!transition.at().isAfter(now)) {
                current = transition;
            }
        }
        return current;
    }

    public String statusAt(Instant now) {
        return current(now).status();
    }

    /** The changes that happened up to {@code now}, oldest first. */
    public List<Transition> reached(Instant now) {
        return transitions.stream().filter(transition -> !transition.at().isAfter(now)).toList();
    }

    /** When {@code status} was first reached, if it was by {@code now}. */
    public Optional<Instant> reachedAt(String status, Instant now) {
        return reached(now).stream().filter(transition -> transition.status().equals(status)).map(Transition::at)
                .findFirst();
    }

    /** Drops the changes planned after {@code now}, before re-planning (cancel, start). */
    public void forgetAfter(Instant now) {
        transitions.removeIf(transition -> transition.at().isAfter(now));
    }
}
