package io.github.camelmistral.api.libraries;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A document of a library. {@code processStatus} tells how far its processing is (see {@link DocumentStatus} for the
 * values); {@code processingStatus} is the API's older, free-form field.
 */
public record LibraryDocument(
        String id,
        @JsonProperty("library_id") String libraryId,
        String name,
        @JsonProperty("mime_type") String mimeType,
        String extension,
        Long size,
        String hash,
        String summary,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_processed_at") String lastProcessedAt,
        @JsonProperty("number_of_pages") Integer numberOfPages,
        @JsonProperty("process_status") String processStatus,
        @JsonProperty("processing_status") String processingStatus,
        @JsonProperty("uploaded_by_id") String uploadedById,
        @JsonProperty("uploaded_by_type") String uploadedByType,
        @JsonProperty("tokens_processing_total") Integer tokensProcessingTotal,
        String url,
        Map<String, Object> attributes) {

    /** {@code processStatus}, or the older {@code processingStatus} when an answer lacks it. */
    @JsonIgnore
    public String status() {
        return processStatus != null ? processStatus : processingStatus;
    }
}
