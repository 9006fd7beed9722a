package io.github.camelmistral.api.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A document library that agents and conversations search ({@code document_library} tool). */
public record Library(
        String id,
        String name,
        String description,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("owner_type") String ownerType,
        @JsonProperty("total_size") Long totalSize,
        @JsonProperty("nb_documents") Integer nbDocuments,
        @JsonProperty("chunk_size") Integer chunkSize,
        String emoji,
        @JsonProperty("generated_name") String generatedName,
        @JsonProperty("generated_description") String generatedDescription) {
}
