package io.github.camelmistral.api.observability;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code POST /v1/observability/chat-completion-events/search}: one page of the event feed. */
public record ChatCompletionEvents(@JsonProperty("completion_events") ChatCompletionEventFeed completionEvents) {

    public ChatCompletionEvents {
        completionEvents = completionEvents == null ? new ChatCompletionEventFeed(null, null, null) : completionEvents;
    }
}
