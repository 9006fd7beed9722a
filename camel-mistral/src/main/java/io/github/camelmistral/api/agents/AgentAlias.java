package io.github.camelmistral.api.agents;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A name ({@code production}, {@code staging}, ...) that points at one version of an agent. */
public record AgentAlias(
        String alias,
        Integer version,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {
}
