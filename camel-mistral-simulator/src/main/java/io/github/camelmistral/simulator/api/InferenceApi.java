package io.github.camelmistral.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.inference.ChatStream;
import io.github.camelmistral.simulator.inference.InferenceOperations;
import io.github.camelmistral.simulator.resources.CompletionEventLog;

/**
 * The JSON inference routes; chat, FIM and agents stream when asked to. Each chat completion served leaves an
 * observability event behind (batch lines do not: they are not served through this route).
 */
public final class InferenceApi {

    static final String CHAT = "/v1/chat/completions";

    private InferenceApi() {
    }

    public static void register(Router router, InferenceOperations operations, CompletionEventLog events) {
        for (InferenceOperations.Operation operation : operations.all()) {
            router.add("POST", operation.path(), operation.shape(), request -> {
                ObjectNode response = operation.responder().apply(request.json());
                boolean stream = operation.streams() && request.json().path("stream").asBoolean(false);
                if (operation.path().equals(CHAT)) {
                    events.record(request.requestId(), response, stream);
                }
                return stream ? SimResponse.eventStream(ChatStream.events(response)) : SimResponse.ok(response);
            });
        }
    }
}
