package io.github.camelmistral.api.observability;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The spec's {@code FeedResult[ChatCompletionEventPreview]}: a page of {@code results}, and {@code next} and
 * {@code cursor}, both nullable strings the spec does not describe further. The {@code cursor} is what the
 * {@code cursor} query parameter takes to read the following page.
 */
public record ChatCompletionEventFeed(
        @JsonProperty("results") List<ChatCompletionEventPreview> results,
        @JsonProperty("next") String next,
        @JsonProperty("cursor") String cursor) {

    public ChatCompletionEventFeed {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
