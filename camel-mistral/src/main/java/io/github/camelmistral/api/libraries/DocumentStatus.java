package io.github.camelmistral.api.libraries;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far the processing of a document is. The values are the spec's {@code ProcessStatus}: {@code todo},
 * {@code waiting_for_capacity} and {@code in_progress} while it is processed; {@code done} once it is searchable;
 * {@code error} or {@code missing_content} (nothing to extract) when processing failed; {@code noop} and
 * {@code self_managed} when the API does not process it.
 */
public record DocumentStatus(
        @JsonProperty("document_id") String documentId,
        @JsonProperty("process_status") String processStatus,
        @JsonProperty("processing_status") String processingStatus) {

    public static final String TODO = "todo";
    public static final String WAITING_FOR_CAPACITY = "waiting_for_capacity";
    public static final String IN_PROGRESS = "in_progress";
    public static final String DONE = "done";
    public static final String ERROR = "error";
    public static final String MISSING_CONTENT = "missing_content";
    public static final String NOOP = "noop";
    public static final String SELF_MANAGED = "self_managed";

    private static final Set<String> FAILED = Set.of(ERROR, MISSING_CONTENT);
    private static final Set<String> NOT_PROCESSED = Set.of(NOOP, SELF_MANAGED);

    /** Whether processing ended in failure. */
    public static boolean isFailed(String status) {
        return FAILED.contains(status);
    }

    /**
     * Whether processing is over, or never happens: {@code done}, a failure, {@code noop}, {@code self_managed}. Any
     * other value, including one a later API version adds, counts as still processing.
     */
    public static boolean isEnded(String status) {
        return DONE.equals(status) || FAILED.contains(status) || NOT_PROCESSED.contains(status);
    }
}
