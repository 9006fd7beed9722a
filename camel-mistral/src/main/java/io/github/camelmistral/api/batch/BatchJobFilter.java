package io.github.camelmistral.api.batch;

import java.util.List;

/**
 * The filters of the batch job list; null (or an empty list) leaves a filter out.
 *
 * @param model        the model the jobs run
 * @param agentId      the agent the jobs run
 * @param statuses     any of these statuses
 * @param createdAfter an ISO-8601 instant
 * @param createdByMe  only the jobs of this key's user
 * @param newestFirst  {@code true} for newest first, {@code false} for oldest first, null for the API's default
 */
public record BatchJobFilter(String model, String agentId, List<String> statuses, String createdAfter,
                             Boolean createdByMe, Boolean newestFirst) {

    public BatchJobFilter withStatuses(List<String> statuses) {
        return new BatchJobFilter(model, agentId, statuses, createdAfter, createdByMe, newestFirst);
    }

    public BatchJobFilter withCreatedAfter(String createdAfter) {
        return new BatchJobFilter(model, agentId, statuses, createdAfter, createdByMe, newestFirst);
    }
}
