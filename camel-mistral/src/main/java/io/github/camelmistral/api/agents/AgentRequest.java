package io.github.camelmistral.api.agents;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmistral.api.conversations.CompletionArgs;

/**
 * Creates an agent ({@code model} and {@code name} required) or updates one (any field; the update adds a version):
 * {@code AgentCreationRequest} and {@code AgentUpdateRequest} of the spec, unset fields left out.
 */
public record AgentRequest(
        String model,
        String name,
        String description,
        String instructions,
        List<Map<String, Object>> tools,
        @JsonProperty("completion_args") CompletionArgs completionArgs,
        List<String> handoffs,
        Map<String, Object> metadata,
        @JsonProperty("version_message") String versionMessage) {
}
