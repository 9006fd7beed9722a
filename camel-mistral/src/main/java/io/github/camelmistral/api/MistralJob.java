package io.github.camelmistral.api;

/** What batch and fine-tuning jobs have in common: an id, a status that moves on, and a creation time. */
public interface MistralJob {

    String id();

    /** The API's status name, e.g. {@code QUEUED}, {@code RUNNING}, {@code SUCCESS}. */
    String status();

    /** Seconds since the epoch; null when the API left it out. */
    Long createdAt();
}
