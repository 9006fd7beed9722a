package io.github.camelmistral.simulator;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.resources.Agent;
import io.github.camelmistral.simulator.resources.Conversation;
import io.github.camelmistral.simulator.resources.Library;
import io.github.camelmistral.simulator.resources.LibraryDocument;
import io.github.camelmistral.simulator.resources.SimulatorState;
import io.github.camelmistral.simulator.resources.Voice;

/**
 * What a test can see and seed of the beta platform resources (conversations, agents, libraries and their
 * documents, voices) without going through HTTP. Every answer is a copy in the API's own JSON shape, read under the
 * same lock the server handles requests with, so it is consistent with what a client would read at that instant.
 */
public final class BetaResources {

    private final SimulatorState state;

    BetaResources(SimulatorState state) {
        this.state = state;
    }

    private <T> T locked(Supplier<T> read) {
        synchronized (state) {
            return read.get();
        }
    }

    /** The ids of the stored conversations, newest first. */
    public List<String> conversationIds() {
        return locked(() -> state.conversations().list().stream().map(Conversation::id).toList());
    }

    /** A conversation as {@code GET /v1/conversations/{id}} answers it. */
    public Optional<JsonNode> conversation(String id) {
        return locked(() -> state.conversations().find(id).map(Conversation::toJson));
    }

    /** A conversation's entries, oldest first, as its history lists them; empty for an unknown conversation. */
    public List<JsonNode> conversationEntries(String id) {
        return locked(() -> state.conversations().find(id).map(conversation -> List.<JsonNode>copyOf(
                conversation.entries())).orElse(List.of()));
    }

    /** The ids of the stored agents, newest first. */
    public List<String> agentIds() {
        return locked(() -> state.agents().list().stream().map(Agent::id).toList());
    }

    /** An agent at the version in use, as {@code GET /v1/agents/{id}} answers it. */
    public Optional<JsonNode> agent(String id) {
        return locked(() -> state.agents().find(id).map(Agent::toJson));
    }

    /**
     * Seeds an agent as {@code POST /v1/agents} would create it from {@code definition} (which needs
     * {@code model} and {@code name}), and returns its id.
     */
    public String createAgent(ObjectNode definition) {
        if (!definition.hasNonNull("model") || !definition.hasNonNull("name")) {
            throw new IllegalArgumentException("An agent needs a model and a name: " + definition);
        }
        return locked(() -> state.agents().add(new Agent("ag_" + state.ids().hex("agent"), definition.deepCopy(),
                state.timestamp())).id());
    }

    /** Seeds an agent with a model, a name and instructions, and returns its id. */
    public String createAgent(String model, String name, String instructions) {
        return createAgent(Json.object().put("model", model).put("name", name).put("instructions", instructions));
    }

    /** The ids of the stored libraries, newest first. */
    public List<String> libraryIds() {
        return locked(() -> state.libraries().list().stream().map(Library::id).toList());
    }

    public Optional<JsonNode> library(String id) {
        return locked(() -> state.libraries().find(id).map(Library::toJson));
    }

    /** A library's documents, newest first, as of the simulator clock now; empty for an unknown library. */
    public List<JsonNode> documents(String libraryId) {
        return locked(() -> state.libraries().find(libraryId).map(library -> library.documents().list().stream()
                .<JsonNode>map(document -> document.toJson(state.timestamp())).toList()).orElse(List.of()));
    }

    /** A document's {@code process_status} now ({@code todo}, {@code in_progress}, {@code done}, {@code error}). */
    public Optional<String> documentStatus(String libraryId, String documentId) {
        return locked(() -> state.libraries().find(libraryId)
                .flatMap(library -> library.documents().find(documentId))
                .map(document -> document.status(state.timestamp())));
    }

    /** The ids of the stored voices, newest first. */
    public List<String> voiceIds() {
        return locked(() -> state.voices().list().stream().map(Voice::id).toList());
    }

    /** The sample audio a voice was created with. */
    public Optional<byte[]> voiceSample(String voiceId) {
        return locked(() -> state.voices().find(voiceId).map(Voice::sample));
    }

    /** Whether the document exists and its processing has ended ({@code done} or {@code error}). */
    public boolean isDocumentProcessed(String libraryId, String documentId) {
        return documentStatus(libraryId, documentId)
                .filter(status -> status.equals(LibraryDocument.DONE) || status.equals(LibraryDocument.ERROR))
                .isPresent();
    }

    @Override
    public String toString() {
        return locked(() -> "BetaResources[" + state.conversations().size() + " conversations, "
                + state.agents().size() + " agents, " + state.libraries().size() + " libraries, "
                + state.voices().size() + " voices]");
    }
}
