package io.github.camelmistral.simulator.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.ValidationErrors;
import io.github.camelmistral.simulator.resources.RequestParams;

/** The query parameters the beta list endpoints share: offset pages of bare arrays and a JSON metadata filter. */
final class ListQueries {

    private ListQueries() {
    }

    /** The {@code page}-th slice of {@code page_size} items (both 0-based offsets, as the spec defines them). */
    static <T> List<T> page(SimRequest request, List<T> items, int defaultPageSize) {
        int page = RequestParams.integer(request, "page", 0);
        int pageSize = RequestParams.integer(request, "page_size", defaultPageSize);
        if (page < 0) {
            throw outOfRange("page", page, "greater than or equal to 0");
        }
        if (pageSize < 1) {
            throw outOfRange("page_size", pageSize, "greater than or equal to 1");
        }
        int from = (int) Math.min((long) page * pageSize, items.size());
        return items.subList(from, Math.min(from + pageSize, items.size()));
    }

    static ApiException outOfRange(String name, int value, String rule) {
        return ApiException.validation(ValidationErrors.item("greater_than_equal", ValidationErrors.loc("query",
                name), "Input should be " + rule, TextNode.valueOf(String.valueOf(value))));
    }

    /** The {@code metadata} query parameter, a JSON object; null when absent. */
    static JsonNode metadata(SimRequest request) {
        Optional<String> text = request.query("metadata");
        if (text.isEmpty() || text.get().isBlank()) {
            return null;
        }
        JsonNode metadata = Json.parseLenient(text.get());
        if (metadata == null || !metadata.isObject()) {
            throw ApiException.validation(ValidationErrors.item("dict_type", ValidationErrors.loc("query",
                    "metadata"), "Input should be a valid JSON object", TextNode.valueOf(text.get())));
        }
        return metadata;
    }

    /** Whether {@code metadata} holds every key and value of {@code wanted} (a null filter matches all). */
    static boolean hasMetadata(JsonNode metadata, JsonNode wanted) {
        if (wanted == null) {
            return true;
        }
        if (metadata == null || !metadata.isObject()) {
            return wanted.isEmpty();
        }
        for (var fields = wanted.fields(); fields.hasNext();) {
            var field = fields.next();
            if (!field.getValue().equals(metadata.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
