package io.github.camelmistral.api.observability;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /v1/observability/chat-completion-events/search} (beta), the spec's
 * {@code GetChatCompletionEventsInSchema}: {@code search_params} (required) and {@code extra_fields}, the names of the
 * extra fields each event should carry (optional; left out when null). Paging ({@code page_size}, {@code cursor}) is
 * in the query, not here.
 */
public record ChatCompletionEventsSearch(
        @JsonProperty("search_params") FilterPayload searchParams,
        @JsonProperty("extra_fields") List<String> extraFields) {

    public ChatCompletionEventsSearch {
        if (searchParams == null) {
            throw new IllegalArgumentException("search_params is required");
        }
        extraFields = extraFields == null ? null : List.copyOf(extraFields);
    }

    /** Every event, or only those {@code filter} keeps when it is not null. */
    public static ChatCompletionEventsSearch of(FilterCondition filter) {
        return new ChatCompletionEventsSearch(new FilterPayload(filter), null);
    }
}
