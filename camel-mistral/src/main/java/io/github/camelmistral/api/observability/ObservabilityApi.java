package io.github.camelmistral.api.observability;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.QueryParameters;

/** Observability (beta): the organization's chat completion events. */
public final class ObservabilityApi {

    static final String SEARCH = "/v1/observability/chat-completion-events/search";
    /** The API's largest {@code page_size}. */
    public static final int MAX_PAGE_SIZE = 100;

    private final MistralClient client;

    public ObservabilityApi(MistralClient client) {
        this.client = client;
    }

    /**
     * One page of the chat completion events {@code search} finds: the first page when {@code cursor} is null, else
     * the page of that cursor; at most {@value #MAX_PAGE_SIZE} events a page.
     */
    public CompletableFuture<ChatCompletionEventFeed> searchChatCompletionEvents(ChatCompletionEventsSearch search,
                                                                                  String cursor, int pageSize) {
        QueryParameters query = new QueryParameters()
                .add("page_size", Math.min(pageSize, MAX_PAGE_SIZE))
                .add("cursor", cursor);
        return client.call(new ApiCall("POST", SEARCH, query.toMap(), search), ChatCompletionEvents.class)
                .thenApply(answer -> answer.body().completionEvents());
    }
}
