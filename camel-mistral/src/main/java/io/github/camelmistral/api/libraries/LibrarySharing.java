package io.github.camelmistral.api.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who a library is shared with ({@code shareWithType}: User, Workspace or Org) and as what ({@code role}). */
public record LibrarySharing(
        @JsonProperty("library_id") String libraryId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("org_id") String orgId,
        String role,
        @JsonProperty("share_with_type") String shareWithType,
        @JsonProperty("share_with_uuid") String shareWithUuid) {
}
