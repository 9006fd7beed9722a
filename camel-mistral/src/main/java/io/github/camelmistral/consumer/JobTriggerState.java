package io.github.camelmistral.consumer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a job trigger remembers between polls (stored as JSON):
 * <ul>
 * <li>{@code watermark}: the newest {@code created_at} recorded by the last poll that recorded all its events, Unix
 * seconds; the next listing asks for jobs created after it minus the overlap;</li>
 * <li>{@code seen}: the ids recorded whose {@code created_at} is still inside that overlap, so that a job listed
 * again is not reported again; older ids are dropped, as no listing can return them any more;</li>
 * <li>{@code open}: the jobs not finished yet, with their last status: the only jobs a poll asks about, so the cost
 * of a poll follows the number of open jobs, not the account's history.</li>
 * </ul>
 */
public final class JobTriggerState {

    public Long watermark;
    public Map<String, Long> seen = new TreeMap<>();
    public Map<String, OpenJob> open = new TreeMap<>();

    /**
     * A job that has not finished.
     *
     * @param status    its last recorded status
     * @param createdAt its {@code created_at}, Unix seconds
     * @param since      when it reached that status as far as the API tells (Unix seconds), to find later transitions
     * @param recordedAt when this trigger recorded that status (Unix seconds); null in states of older versions
     */
    public record OpenJob(String status, Long createdAt, Long since, Long recordedAt) {

        /** When the job is known to be in its status, by the trigger's clock where it has it. */
        long inStatusSince() {
            return recordedAt != null ? recordedAt : since != null ? since : Long.MIN_VALUE;
        }
    }
}
