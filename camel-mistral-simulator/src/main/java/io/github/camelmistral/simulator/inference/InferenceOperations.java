package io.github.camelmistral.simulator.inference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.contract.InferenceShapes;
import io.github.camelmistral.simulator.contract.RequestShape;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.resources.BatchRunner;
import io.github.camelmistral.simulator.resources.SimulatorState;

/**
 * The JSON inference endpoints, each with its field-name check and its responder. The HTTP routes and the batch
 * processor both answer through here, so a batch result line is exactly what the live endpoint would have said.
 */
public final class InferenceOperations implements BatchRunner {

    /** One endpoint; {@code streams} when it answers {@code stream: true} with server-sent events. */
    public record Operation(String path, RequestShape shape, Function<JsonNode, ObjectNode> responder,
            boolean streams) {
    }

    private final Map<String, Operation> operations = new LinkedHashMap<>();

    public InferenceOperations(SimulatorState state) {
        ChatCompletions completions = new ChatCompletions(state.clock(), state.ids(), state.promptCache());
        Moderations moderations = new Moderations(state.ids());
        Classifications classifications = new Classifications(state.ids(), state.models());
        add("/v1/chat/completions", InferenceShapes.CHAT, completions::chat, true);
        add("/v1/fim/completions", InferenceShapes.FIM, completions::fim, true);
        add("/v1/agents/completions", InferenceShapes.AGENTS, completions::agent, true);
        add("/v1/embeddings", InferenceShapes.EMBEDDINGS, new Embeddings(state.ids())::respond, false);
        add("/v1/moderations", InferenceShapes.TEXT_CLASSIFICATION, moderations::texts, false);
        add("/v1/chat/moderations", InferenceShapes.CHAT_MODERATION, moderations::conversations, false);
        add("/v1/classifications", InferenceShapes.TEXT_CLASSIFICATION, classifications::texts, false);
        add("/v1/chat/classifications", InferenceShapes.CHAT_CLASSIFICATION, classifications::conversations, false);
        add("/v1/ocr", InferenceShapes.OCR, new Ocr(state.files())::respond, false);
    }

    private void add(String path, RequestShape shape, Function<JsonNode, ObjectNode> responder, boolean streams) {
        operations.put(path, new Operation(path, shape, responder, streams));
    }

    public List<Operation> all() {
        return List.copyOf(operations.values());
    }

    @Override
    public ObjectNode respond(String endpoint, JsonNode body) {
        Operation operation = operations.get(endpoint);
        if (operation == null) {
            throw ApiException.badRequest("The simulator does not run " + endpoint + " requests in batches");
        }
        List<ObjectNode> violations = operation.shape().violations(body);
        if (!violations.isEmpty()) {
            throw ApiException.validation(violations);
        }
        return operation.responder().apply(body);
    }
}
