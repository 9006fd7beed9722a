package io.github.camelmistral.api.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A new conversation that keeps the entries of another up to and including {@code fromEntryId}, then runs the new
 * turn ({@code POST /v1/conversations/{id}/restart}).
 */
public record ConversationRestartRequest(
        Object inputs,
        @JsonProperty("from_entry_id") String fromEntryId,
        Boolean store,
        @JsonProperty("handoff_execution") String handoffExecution,
        @JsonProperty("completion_args") CompletionArgs completionArgs,
        @JsonProperty("agent_version") Object agentVersion,
        Boolean stream) {
}
