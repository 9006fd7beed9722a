package io.github.camelmistral.api.batch;

/** An error summary of a batch job: a message and how many requests it hit. */
public record BatchError(String message, Integer count) {
}
