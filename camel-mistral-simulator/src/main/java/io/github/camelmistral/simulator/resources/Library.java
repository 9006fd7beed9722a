package io.github.camelmistral.simulator.resources;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/** A document library: its documents and who it is shared with. */
public final class Library {

    /** The owner every library of the simulator has: the simulated workspace. */
    public static final String OWNER_ID = ModelRegistry.WORKSPACE_ID;
    /** The organization of the simulated workspace, reported on sharing entries. */
    public static final String ORG_ID = "5f2c6b1e-0000-4000-8000-0a9000000001";

    /** One access granted to a user, workspace or organization. */
    public record Sharing(String libraryId, String orgId, String role, String shareWithType, String shareWithUuid) {

        public ObjectNode toJson() {
            return Json.object().put("library_id", libraryId).putNull("user_id").put("org_id", orgId)
                    .put("role", role).put("share_with_type", shareWithType).put("share_with_uuid", shareWithUuid);
        }
    }

    private final String id;
    private final Instant createdAt;
    private final Integer chunkSize;
    private final ResourceStore<LibraryDocument> documents = new ResourceStore<>("Document", LibraryDocument::id);
    private final Map<String, Sharing> sharings = new LinkedHashMap<>();
    private String name;
    private String description;
    private Instant updatedAt;

    public Library(String id, String name, String description, Integer chunkSize, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.chunkSize = chunkSize;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ResourceStore<LibraryDocument> documents() {
        return documents;
    }

    /** Renames or re-describes; a null leaves the field as it is. */
    public void update(String newName, String newDescription, Instant at) {
        name = newName == null ? name : newName;
        description = newDescription == null ? description : newDescription;
        updatedAt = at;
    }

    public void touch(Instant at) {
        updatedAt = at;
    }

    public Sharing share(String orgId, String role, String type, String uuid) {
        Sharing sharing = new Sharing(id, orgId == null ? ORG_ID : orgId, role, type, uuid);
        sharings.put(type + "/" + uuid, sharing);
        return sharing;
    }

    public Sharing unshare(String type, String uuid) {
        Sharing removed = sharings.remove(type + "/" + uuid);
        if (removed == null) {
            throw ApiException.notFound("Library " + id + " is not shared with " + type + " " + uuid);
        }
        return removed;
    }

    public List<Sharing> sharings() {
        return List.copyOf(sharings.values());
    }

    private long sharedWith(String type) {
        return sharings.values().stream().filter(sharing -> sharing.shareWithType().equals(type)).count();
    }

    /** The spec's {@code LibraryOut}. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("name", name);
        json.put("created_at", createdAt.toString());
        json.put("updated_at", updatedAt.toString());
        json.put("owner_id", OWNER_ID);
        json.put("owner_type", "Workspace");
        json.put("total_size", documents.list().stream().mapToLong(LibraryDocument::size).sum());
        json.put("nb_documents", documents.size());
        json.put("chunk_size", chunkSize);
        json.putNull("emoji");
        json.put("description", description);
        json.putNull("generated_description");
        json.put("explicit_user_members_count", sharedWith("User"));
        json.put("explicit_workspace_members_count", sharedWith("Workspace"));
        json.putNull("org_sharing_role");
        json.putNull("generated_name");
        return json;
    }
}
