package io.github.camelmistral.api.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Turns the items of a {@code List} body into the requests of an inline batch job. An item is a {@link BatchRequest},
 * a {@code Map} of {@code custom_id} and {@code body}, a request body (a {@code Map} or a typed request), or, for
 * endpoints with an obvious text input, a {@code String}. Items without a custom id get their position in the list
 * ("0", "1", ...), so a result can be matched to its input.
 */
public final class InlineBatch {

    private static final Set<String> ENVELOPE_KEYS = Set.of("custom_id", "body");

    private InlineBatch() {
    }

    /** The requests of {@code items}: at most 10,000, each custom id used once; checked before anything is sent. */
    public static List<BatchRequest> requests(String action, Collection<?> items, String endpoint) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(action + " create: the List body is empty; an inline batch needs at "
                                               + "least one request");
        }
        if (items.size() > BatchJobRequest.MAX_INLINE_REQUESTS) {
            throw new IllegalArgumentException(action + " create: an inline batch holds at most "
                                               + BatchJobRequest.MAX_INLINE_REQUESTS + " requests, but the body has "
                                               + items.size() + "; upload them as a JSONL file with purpose batch and "
                                               + "create the job from it with the inputFiles option");
        }
        List<BatchRequest> requests = new ArrayList<>(items.size());
        Map<String, Integer> positions = new HashMap<>();
        int index = 0;
        for (Object item : items) {
            BatchRequest request = request(action, item, index, endpoint);
            if (request.customId() == null) {
                request = new BatchRequest(String.valueOf(index), request.body());
            }
            Integer earlier = positions.putIfAbsent(request.customId(), index);
            if (earlier != null) {
                throw new IllegalArgumentException(action + " create: custom_id '" + request.customId()
                                                   + "' is used by items " + earlier + " and " + index
                                                   + " of the batch; each result is matched by it, so it must be unique");
            }
            requests.add(request);
            index++;
        }
        return requests;
    }

    private static BatchRequest request(String action, Object item, int index, String endpoint) {
        if (item == null) {
            throw new IllegalArgumentException(action + " create: item " + index + " of the List body is null");
        }
        if (item instanceof BatchRequest request) {
            return request;
        }
        if (item instanceof Map<?, ?> map && map.containsKey("body") && ENVELOPE_KEYS.containsAll(map.keySet())) {
            Object customId = map.get("custom_id");
            return new BatchRequest(customId == null ? null : String.valueOf(customId), map.get("body"));
        }
        if (item instanceof CharSequence text) {
            return new BatchRequest(null, textBody(action, text.toString(), index, endpoint));
        }
        return new BatchRequest(null, item);
    }

    /** The body that asks {@code endpoint} about one text, for the endpoints where that is unambiguous. */
    private static Map<String, Object> textBody(String action, String text, int index, String endpoint) {
        return switch (endpoint) {
            case "/v1/chat/completions" -> Map.of("messages", List.of(Map.of("role", "user", "content", text)));
            case "/v1/fim/completions" -> Map.of("prompt", text);
            case "/v1/embeddings", "/v1/moderations", "/v1/classifications" -> Map.of("input", text);
            default -> throw new IllegalArgumentException(
                    action + " create: item " + index + " is a String, which only stands for a request body on "
                    + "/v1/chat/completions, /v1/fim/completions, /v1/embeddings, /v1/moderations and "
                    + "/v1/classifications; for " + endpoint + " give each request body as a Map");
        };
    }
}
