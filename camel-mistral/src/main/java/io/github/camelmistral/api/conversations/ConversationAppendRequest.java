package io.github.camelmistral.api.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The next turn of a conversation ({@code POST /v1/conversations/{id}}): the user's text or entries, such as the
 * {@code function.result} entries that answer the model's function calls; {@code stream} true for a stream of events.
 */
public record ConversationAppendRequest(
        Object inputs,
        Boolean store,
        @JsonProperty("handoff_execution") String handoffExecution,
        @JsonProperty("completion_args") CompletionArgs completionArgs,
        Boolean stream) {
}
