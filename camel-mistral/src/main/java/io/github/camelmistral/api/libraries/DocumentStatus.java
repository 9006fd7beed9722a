package io.github.camelmistral.api.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far the processing of a document is. */
public record DocumentStatus(
        @JsonProperty("document_id") String documentId,
        @JsonProperty("process_status") String processStatus,
        @JsonProperty("processing_status") String processingStatus) {
}
