package io.github.camelmistral.consumer;

/**
 * A status transition of one job, as a poll reconstructed it.
 *
 * @param jobId    the job
 * @param job      the job as last read, or null when the API no longer knows it (deleted)
 * @param previous the status before, or null when the job is seen for the first time
 * @param status   the status after
 * @param at       when it happened, Unix seconds (the API's time where it gives one, else the time of detection)
 */
record JobChange<J>(String jobId, J job, String previous, String status, long at) {

    static <J> JobChange<J> deleted(String jobId, String previous, long at) {
        return new JobChange<>(jobId, null, previous, null, at);
    }

    boolean isDeletion() {
        return job == null;
    }
}
