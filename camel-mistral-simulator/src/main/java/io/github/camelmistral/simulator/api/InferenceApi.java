package io.github.camelmistral.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.inference.ChatStream;
import io.github.camelmistral.simulator.inference.InferenceOperations;

/** The JSON inference routes; chat, FIM and agents stream when asked to. */
public final class InferenceApi {

    private InferenceApi() {
    }

    public static void register(Router router, InferenceOperations operations) {
        for (InferenceOperations.Operation operation : operations.all()) {
            router.add("POST", operation.path(), operation.shape(), request -> {
                ObjectNode response = operation.responder().apply(request.json());
                boolean stream = operation.streams() && request.json().path("stream").asBoolean(false);
                return stream ? SimResponse.eventStream(ChatStream.events(response)) : SimResponse.ok(response);
            });
        }
    }
}
