package io.github.camelmistral.api.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The next user turn of a conversation ({@code POST /v1/conversations/{id}}). */
public record ConversationAppendRequest(
        Object inputs,
        Boolean store,
        @JsonProperty("handoff_execution") String handoffExecution,
        @JsonProperty("completion_args") CompletionArgs completionArgs) {
}
