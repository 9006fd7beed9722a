package io.github.camelmistral.simulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.resources.CompletionEvent;
import io.github.camelmistral.simulator.resources.CompletionEventLog;
import io.github.camelmistral.simulator.resources.RequestParams;

/**
 * {@code POST /v1/observability/chat-completion-events/search} (beta): the chat completions served, oldest first,
 * {@code page_size} at a time (0 to 100, default 50) from the opaque {@code cursor}, narrowed by the body's
 * {@code search_params.filters}. The answer is the spec's {@code ChatCompletionEvents}; its {@code cursor} reads the
 * page after the one answered (null when the page is empty) and {@code next} is the URL of that page while more events
 * already match (null otherwise). The spec describes neither, so both are the simulator's choice.
 */
public final class ObservabilityApi {

    static final String SEARCH = "/v1/observability/chat-completion-events/search";
    private static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_PAGE_SIZE = 50;

    private final CompletionEventLog events;

    private ObservabilityApi(CompletionEventLog events) {
        this.events = events;
    }

    public static void register(Router router, CompletionEventLog events) {
        router.add("POST", SEARCH, new ObservabilityApi(events)::search);
    }

    private SimResponse search(SimRequest request) {
        int pageSize = pageSize(request);
        long position = FeedCursor.position(request.query("cursor"));
        JsonNode body = body(request);
        JsonNode searchParams = body.get("search_params");
        List<String> extraFields = extraFields(body.get("extra_fields"));
        List<CompletionEvent> matching = events.after(position);
        Predicate<ObjectNode> filter = EventFilter.of(searchParams.get("filters"), CompletionEvent.FIELD_NAMES);
        matching = matching.stream().filter(event -> filter.test(event.fields())).toList();
        List<CompletionEvent> page = matching.subList(0, Math.min(pageSize, matching.size()));

        ObjectNode feed = Json.object();
        ArrayNode results = feed.putArray("results");
        page.forEach(event -> results.add(event.preview(extraFields)));
        String cursor = page.isEmpty() ? null : FeedCursor.after(page.get(page.size() - 1).sequence());
        feed.put("next", cursor != null && matching.size() > page.size()
                ? SEARCH + "?page_size=" + pageSize + "&cursor=" + cursor : null);
        feed.put("cursor", cursor);
        ObjectNode answer = Json.object();
        answer.set("completion_events", feed);
        return SimResponse.ok(answer);
    }

    private static int pageSize(SimRequest request) {
        int pageSize;
        try {
            pageSize = RequestParams.integer(request, "page_size", DEFAULT_PAGE_SIZE);
        } catch (ApiException e) {
            throw ObservabilityErrors.validation("page_size must be an integer");
        }
        if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
            throw ObservabilityErrors.validation("page_size must be between 0 and " + MAX_PAGE_SIZE);
        }
        return pageSize;
    }

    /** The body, checked against {@code GetChatCompletionEventsInSchema} as far as the search relies on it. */
    private static JsonNode body(SimRequest request) {
        if (!request.hasJsonBody()) {
            throw ObservabilityErrors.validation("A body with search_params is required");
        }
        JsonNode body = request.json();
        if (!body.isObject() || !body.path("search_params").isObject()) {
            throw ObservabilityErrors.validation("search_params is required and must be an object");
        }
        if (!body.get("search_params").has("filters")) {
            throw ObservabilityErrors.validation("search_params.filters is required (it may be null)");
        }
        return body;
    }

    /** The extra fields asked for; null when the search names none. */
    private static List<String> extraFields(JsonNode names) {
        if (names == null || names.isNull()) {
            return null;
        }
        if (!names.isArray()) {
            throw ObservabilityErrors.validation("extra_fields must be a list of field names or null");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode name : names) {
            if (!name.isTextual()) {
                throw ObservabilityErrors.validation("extra_fields must be a list of field names or null");
            }
            list.add(name.asText());
        }
        return list;
    }
}
