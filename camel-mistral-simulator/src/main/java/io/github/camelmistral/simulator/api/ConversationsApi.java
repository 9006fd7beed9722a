package io.github.camelmistral.simulator.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.inference.ConversationReplies;
import io.github.camelmistral.simulator.inference.ConversationReplies.Answerer;
import io.github.camelmistral.simulator.inference.ConversationReplies.Turn;
import io.github.camelmistral.simulator.inference.ConversationStream;
import io.github.camelmistral.simulator.resources.Agent;
import io.github.camelmistral.simulator.resources.Conversation;
import io.github.camelmistral.simulator.resources.SimulatorState;

/**
 * The beta conversations API: start (with a model and instructions, or an agent), append, restart from an entry,
 * list, get, delete, history and messages. Every turn is answered by {@link ConversationReplies}, stored unless
 * {@code store} is false, and streamed as the spec's named events when {@code stream} is true.
 */
public final class ConversationsApi {

    private final SimulatorState state;
    private final ConversationReplies replies;

    private ConversationsApi(SimulatorState state) {
        this.state = state;
        this.replies = new ConversationReplies(state.clock(), state.ids(), this::processedDocuments);
    }

    public static void register(Router router, SimulatorState state) {
        ConversationsApi api = new ConversationsApi(state);
        router.add("POST", "/v1/conversations", api::start)
                .add("GET", "/v1/conversations", api::list)
                .add("GET", "/v1/conversations/{conversation_id}", api::get)
                .add("DELETE", "/v1/conversations/{conversation_id}", api::delete)
                .add("POST", "/v1/conversations/{conversation_id}", api::append)
                .add("GET", "/v1/conversations/{conversation_id}/history", api::history)
                .add("GET", "/v1/conversations/{conversation_id}/messages", api::messages)
                .add("POST", "/v1/conversations/{conversation_id}/restart", api::restart);
    }

    private SimResponse start(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "inputs");
        boolean byAgent = body.hasNonNull("agent_id");
        if (byAgent == body.hasNonNull("model")) {
            throw ApiException.badRequest("Exactly one of 'model' and 'agent_id' must be given");
        }
        if (byAgent) {
            state.agents().get(body.get("agent_id").asText()).resolve(body.get("agent_version"));
        }
        Conversation.Setup setup = new Conversation.Setup(text(body, "model"), text(body, "agent_id"),
                body.get("agent_version"), text(body, "instructions"), tools(body.get("tools")),
                object(body.get("completion_args")), body.get("guardrails"), text(body, "name"),
                text(body, "description"), body.get("metadata"));
        Conversation conversation = new Conversation("conv_" + state.ids().hex("conversation"), state.timestamp(),
                setup);
        return run(conversation, List.of(), body, body.path("store").asBoolean(true), true);
    }

    private SimResponse append(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "inputs");
        Conversation conversation = conversation(request);
        return run(conversation, conversation.entries(), body, body.path("store").asBoolean(true), false);
    }

    /** A new conversation with the entries up to {@code from_entry_id}, answering the new inputs from there. */
    private SimResponse restart(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "inputs", "from_entry_id");
        Conversation original = conversation(request);
        List<ObjectNode> kept = original.entriesThrough(body.get("from_entry_id").asText());
        Conversation.Setup setup = original.setup();
        Conversation.Setup restarted = new Conversation.Setup(setup.model(), setup.agentId(),
                body.has("agent_version") ? body.get("agent_version") : setup.agentVersion(), setup.instructions(),
                setup.tools(), setup.completionArgs(), setup.guardrails(), setup.name(), setup.description(),
                body.has("metadata") ? body.get("metadata") : setup.metadata());
        Conversation conversation = new Conversation("conv_" + state.ids().hex("conversation"), state.timestamp(),
                restarted);
        conversation.append(kept, state.timestamp());
        return run(conversation, kept, body, body.path("store").asBoolean(true), true);
    }

    /** Answers the request's inputs after {@code history}, keeps the turn when asked to, and says it. */
    private SimResponse run(Conversation conversation, List<ObjectNode> history, ObjectNode body, boolean store,
            boolean isNew) {
        List<ObjectNode> inputs = replies.inputEntries(body.get("inputs"));
        Turn turn = replies.reply(answerer(conversation.setup()), history, inputs, body.get("completion_args"));
        if (store) {
            List<ObjectNode> added = new ArrayList<>(inputs);
            added.addAll(turn.outputs());
            conversation.append(added, state.timestamp());
            if (isNew) {
                state.conversations().add(conversation);
            }
        }
        if (body.path("stream").asBoolean(false)) {
            return SimResponse.eventStream(ConversationStream.events(conversation.id(), turn.outputs(), turn.usage(),
                    state.timestamp().toString()));
        }
        ObjectNode response = Json.object().put("object", "conversation.response")
                .put("conversation_id", conversation.id());
        response.putArray("outputs").addAll(turn.outputs());
        response.set("usage", turn.usage());
        return SimResponse.ok(response);
    }

    /** The model, or the agent at the conversation's version, with what it was configured with. */
    private Answerer answerer(Conversation.Setup setup) {
        if (!setup.isAgent()) {
            return new Answerer(setup.model(), null, setup.instructions(), tools(setup.tools()),
                    object(setup.completionArgs()));
        }
        Agent agent = state.agents().get(setup.agentId());
        ObjectNode fields = agent.fields(agent.resolve(setup.agentVersion()));
        return new Answerer(fields.path("model").asText(), agent.id(), text(fields, "instructions"),
                tools(fields.get("tools")), object(fields.get("completion_args")));
    }

    /** The names of the processed documents of the libraries that exist among {@code libraryIds}. */
    private List<String> processedDocuments(List<String> libraryIds) {
        List<String> names = new ArrayList<>();
        libraryIds.forEach(id -> state.libraries().find(id).ifPresent(library -> library.documents().list()
                .stream().filter(document -> document.isDone(state.now())).forEach(document -> names.add(
                        document.name()))));
        return names;
    }

    private SimResponse list(SimRequest request) {
        JsonNode metadata = ListQueries.metadata(request);
        List<Conversation> matching = state.conversations().list().stream()
                .filter(conversation -> ListQueries.hasMetadata(conversation.setup().metadata(), metadata)).toList();
        ArrayNode page = Json.array();
        ListQueries.page(request, matching, 100).forEach(conversation -> page.add(conversation.toJson()));
        return SimResponse.ok(page);
    }

    private Conversation conversation(SimRequest request) {
        return state.conversations().get(request.pathParam("conversation_id"));
    }

    private SimResponse get(SimRequest request) {
        return SimResponse.ok(conversation(request).toJson());
    }

    private SimResponse delete(SimRequest request) {
        state.conversations().delete(conversation(request).id());
        return SimResponse.empty(204);
    }

    private SimResponse history(SimRequest request) {
        Conversation conversation = conversation(request);
        return entries("conversation.history", conversation, "entries", conversation.entries());
    }

    private SimResponse messages(SimRequest request) {
        Conversation conversation = conversation(request);
        return entries("conversation.messages", conversation, "messages", conversation.messages());
    }

    private static SimResponse entries(String object, Conversation conversation, String field,
            List<ObjectNode> entries) {
        ObjectNode answer = Json.object().put("object", object).put("conversation_id", conversation.id());
        answer.putArray(field).addAll(entries);
        return SimResponse.ok(answer);
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ArrayNode tools(JsonNode tools) {
        return tools != null && tools.isArray() ? (ArrayNode) tools : Json.array();
    }

    private static ObjectNode object(JsonNode value) {
        return value != null && value.isObject() ? (ObjectNode) value : Json.object();
    }
}
