package io.github.camelmistral.simulator.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.resources.Library;
import io.github.camelmistral.simulator.resources.RequestParams;
import io.github.camelmistral.simulator.resources.SimulatorState;

/** The beta libraries API: libraries and who they are shared with (their documents: {@link LibraryDocumentsApi}). */
public final class LibrariesApi {

    private static final List<String> LEVELS = List.of("Viewer", "Editor");
    private static final List<String> ENTITY_TYPES = List.of("User", "Workspace", "Org");

    private final SimulatorState state;

    private LibrariesApi(SimulatorState state) {
        this.state = state;
    }

    public static void register(Router router, SimulatorState state) {
        LibrariesApi api = new LibrariesApi(state);
        router.add("POST", "/v1/libraries", api::create)
                .add("GET", "/v1/libraries", api::list)
                .add("GET", "/v1/libraries/{library_id}", api::get)
                .add("PUT", "/v1/libraries/{library_id}", api::update)
                // the newer API (and the current SDKs) update with PATCH; same body, same answer
                .add("PATCH", "/v1/libraries/{library_id}", api::update)
                .add("DELETE", "/v1/libraries/{library_id}", api::delete)
                .add("PUT", "/v1/libraries/{library_id}/share", api::share)
                .add("DELETE", "/v1/libraries/{library_id}/share", api::unshare)
                .add("GET", "/v1/libraries/{library_id}/share", api::accesses);
    }

    /** The library of the request's {@code library_id} (a UUID, else 422); 404 when there is none. */
    static Library library(SimulatorState state, SimRequest request) {
        return state.libraries().get(RequestParams.uuid(request, "library_id"));
    }

    private SimResponse create(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "name");
        Library library = new Library(state.ids().uuid("library"), body.get("name").asText(),
                body.path("description").textValue(), body.path("chunk_size").isInt()
                        ? body.get("chunk_size").asInt() : null, state.timestamp());
        return SimResponse.json(201, state.libraries().add(library).toJson());
    }

    private SimResponse list(SimRequest request) {
        ObjectNode list = Json.object();
        ArrayNode data = list.putArray("data");
        state.libraries().list().forEach(library -> data.add(library.toJson()));
        return SimResponse.ok(list);
    }

    private SimResponse get(SimRequest request) {
        return SimResponse.ok(library(state, request).toJson());
    }

    private SimResponse update(SimRequest request) {
        ObjectNode body = JsonBodies.object(request);
        Library library = library(state, request);
        library.update(body.path("name").textValue(), body.path("description").textValue(), state.timestamp());
        return SimResponse.ok(library.toJson());
    }

    /** Deletes the library with its documents, and answers with the library as it was. */
    private SimResponse delete(SimRequest request) {
        Library library = library(state, request);
        ObjectNode deleted = library.toJson();
        state.libraries().delete(library.id());
        return SimResponse.ok(deleted);
    }

    private SimResponse share(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "share_with_uuid", "share_with_type", "level");
        JsonBodies.requireOneOf(body, "level", LEVELS);
        JsonBodies.requireOneOf(body, "share_with_type", ENTITY_TYPES);
        Library library = library(state, request);
        return SimResponse.ok(library.share(body.path("org_id").textValue(), body.get("level").asText(),
                body.get("share_with_type").asText(), body.get("share_with_uuid").asText()).toJson());
    }

    private SimResponse unshare(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "share_with_uuid", "share_with_type");
        Library library = library(state, request);
        return SimResponse.ok(library.unshare(body.get("share_with_type").asText(),
                body.get("share_with_uuid").asText()).toJson());
    }

    private SimResponse accesses(SimRequest request) {
        ObjectNode list = Json.object();
        ArrayNode data = list.putArray("data");
        library(state, request).sharings().forEach(sharing -> data.add(sharing.toJson()));
        return SimResponse.ok(list);
    }
}
