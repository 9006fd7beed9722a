package io.github.camelmistral.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibrariesApiTest extends SimulatorTestSupport {

    private static final String SOMEONE = "0b9d7f3e-1111-4222-8333-444455556666";

    @BeforeEach
    void processingTakesTenThenTwentySeconds() {
        sim.simulator().documentProcessing().durations(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    private String createLibrary(String name) {
        SimulatorClient.Response response = client.postJson("/v1/libraries", Map.of("name", name,
                "description", "test library"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private JsonNode upload(String libraryId, String filename, String content) {
        SimulatorClient.Response response = client.postMultipart("/v1/libraries/" + libraryId + "/documents",
                SimulatorClient.Part.file("file", filename, "text/plain", content.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private String documentPath(String libraryId, JsonNode document) {
        return "/v1/libraries/" + libraryId + "/documents/" + document.path("id").asText();
    }

    @Test
    void createsReadsUpdatesAndDeletesLibraries() {
        String id = createLibrary("handbook");

        JsonNode library = client.get("/v1/libraries/" + id).json();
        assertThat(library.path("name").asText()).isEqualTo("handbook");
        assertThat(library.path("nb_documents").asInt()).isZero();
        assertThat(library.path("owner_type").asText()).isEqualTo("Workspace");
        assertThat(client.get("/v1/libraries").json().path("data")).hasSize(1);

        JsonNode renamed = BodyVerbs.putJson(client, "/v1/libraries/" + id, Map.of("name", "manual")).json();
        assertThat(renamed.path("name").asText()).isEqualTo("manual");
        assertThat(renamed.path("description").asText()).isEqualTo("test library");
        assertThat(client.patchJson("/v1/libraries/" + id, Map.of("description", "patched")).json()
                .path("description").asText()).isEqualTo("patched");

        SimulatorClient.Response deleted = client.delete("/v1/libraries/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("name").asText()).isEqualTo("manual");
        assertThat(client.get("/v1/libraries/" + id).status()).isEqualTo(404);
        assertThat(client.get("/v1/libraries/not-a-uuid").status()).isEqualTo(422);
    }

    @Test
    void sharesListsAndUnsharesAccess() {
        String id = createLibrary("shared");

        JsonNode sharing = BodyVerbs.putJson(client, "/v1/libraries/" + id + "/share", Map.of("level", "Editor",
                "share_with_uuid", SOMEONE, "share_with_type", "User")).json();
        assertThat(sharing.path("role").asText()).isEqualTo("Editor");
        assertThat(sharing.path("library_id").asText()).isEqualTo(id);
        assertThat(client.get("/v1/libraries/" + id).json().path("explicit_user_members_count").asInt()).isOne();
        assertThat(client.get("/v1/libraries/" + id + "/share").json().path("data")).hasSize(1);

        // the spec's SharingDelete requires a 'level' it does not define; clients send none, and are served
        SimulatorClient.Response unshared = BodyVerbs.deleteJson(client, "/v1/libraries/" + id + "/share",
                Map.of("share_with_uuid", SOMEONE, "share_with_type", "User"));
        assertThat(unshared.status()).as(unshared.body()).isEqualTo(200);
        assertThat(client.get("/v1/libraries/" + id + "/share").json().path("data")).isEmpty();
        assertThat(BodyVerbs.deleteJson(client, "/v1/libraries/" + id + "/share", Map.of("share_with_uuid", SOMEONE,
                "share_with_type", "User")).status()).isEqualTo(404);
        assertThat(BodyVerbs.putJson(client, "/v1/libraries/" + id + "/share", Map.of("level", "Owner",
                "share_with_uuid", SOMEONE, "share_with_type", "User")).status()).isEqualTo(422);
    }

    @Test
    void aDocumentIsProcessedOnTheSimulatorClock() {
        String libraryId = createLibrary("docs");
        JsonNode document = upload(libraryId, "notes.txt", "The simulator keeps notes.");
        String path = documentPath(libraryId, document);

        assertThat(document.path("process_status").asText()).isEqualTo("todo");
        assertThat(document.path("processing_status").asText()).isEqualTo("todo");
        assertThat(document.path("name").asText()).isEqualTo("notes.txt");
        assertThat(document.path("extension").asText()).isEqualTo("txt");
        assertThat(document.path("size").asInt()).isEqualTo(26);
        assertThat(document.path("summary").isNull()).isTrue();
        assertThat(client.get(path + "/text_content").status()).isEqualTo(400);

        sim.clock().advance(Duration.ofSeconds(10));
        assertThat(client.get(path + "/status").json().path("process_status").asText()).isEqualTo("in_progress");

        sim.clock().advance(Duration.ofSeconds(20));
        JsonNode status = client.get(path + "/status").json();
        assertThat(status.path("process_status").asText()).isEqualTo("done");
        assertThat(status.path("document_id").asText()).isEqualTo(document.path("id").asText());
        JsonNode done = client.get(path).json();
        assertThat(done.path("summary").asText()).contains("notes.txt");
        assertThat(done.path("number_of_pages").asInt()).isOne();
        assertThat(done.path("tokens_processing_total").asInt()).isPositive();
        assertThat(done.path("last_processed_at").asText()).isNotEmpty();
        assertThat(client.get(path + "/text_content").json().path("text").asText())
                .isEqualTo("The simulator keeps notes.");
        assertThat(client.get("/v1/libraries/" + libraryId).json().path("nb_documents").asInt()).isOne();
        assertThat(sim.simulator().beta().isDocumentProcessed(libraryId, document.path("id").asText())).isTrue();
    }

    @Test
    void scriptedFailuresEndInErrorAndReprocessingStartsAgain() {
        sim.simulator().documentProcessing().script(JobOutcome.FAILED);
        String libraryId = createLibrary("docs");
        JsonNode document = upload(libraryId, "broken.txt", "unreadable");
        String path = documentPath(libraryId, document);

        sim.clock().advance(Duration.ofSeconds(30));
        assertThat(client.get(path + "/status").json().path("process_status").asText()).isEqualTo("error");
        assertThat(client.get(path + "/text_content").status()).isEqualTo(400);

        assertThat(client.post(path + "/reprocess").status()).isEqualTo(204);
        assertThat(client.get(path + "/status").json().path("process_status").asText()).isEqualTo("todo");
        sim.clock().advance(Duration.ofSeconds(30));
        assertThat(client.get(path + "/status").json().path("process_status").asText()).isEqualTo("done");
    }

    @Test
    void theAdminEndpointScriptsDocumentProcessing() {
        client.post("/__simulator/jobs/documents/script?outcome=FAILED&queued_seconds=1&running_seconds=1");
        String libraryId = createLibrary("docs");
        JsonNode document = upload(libraryId, "a.txt", "a");

        sim.clock().advance(Duration.ofSeconds(2));

        assertThat(sim.simulator().beta().documentStatus(libraryId, document.path("id").asText())).contains("error");
    }

    @Test
    void signedUrlsDownloadWithoutAKey() throws Exception {
        String libraryId = createLibrary("docs");
        JsonNode document = upload(libraryId, "notes.txt", "signed content");
        String path = documentPath(libraryId, document);

        String url = client.get(path + "/signed-url").json().asText();
        assertThat(url).startsWith(sim.baseUrl());
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo("signed content");
        assertThat(client.sendAnonymous(url.substring(sim.baseUrl().length()).replace("sig=", "sig=0")).status())
                .isEqualTo(403);

        assertThat(client.get(path + "/extracted-text-signed-url").status()).isEqualTo(400);
        sim.clock().advance(Duration.ofSeconds(30));
        String textUrl = client.get(path + "/extracted-text-signed-url").json().asText();
        assertThat(client.sendAnonymous(textUrl.substring(sim.baseUrl().length())).body()).isEqualTo("signed content");
    }

    @Test
    void listsDocumentsInPagesWithSearchAndSort() {
        String libraryId = createLibrary("docs");
        upload(libraryId, "b-report.txt", "bb");
        sim.clock().advance(Duration.ofSeconds(1));
        upload(libraryId, "a-report.txt", "a");
        sim.clock().advance(Duration.ofSeconds(1));
        upload(libraryId, "c-notes.txt", "ccc");
        String documents = "/v1/libraries/" + libraryId + "/documents";

        JsonNode all = client.get(documents).json();
        assertThat(all.path("data")).extracting(doc -> doc.path("name").asText())
                .containsExactly("c-notes.txt", "a-report.txt", "b-report.txt");
        assertThat(all.path("pagination").path("total_items").asInt()).isEqualTo(3);
        assertThat(client.get(documents + "?sort_by=name&sort_order=asc").json().path("data").get(0)
                .path("name").asText()).isEqualTo("a-report.txt");
        assertThat(client.get(documents + "?sort_by=size").json().path("data").get(0).path("name").asText())
                .isEqualTo("c-notes.txt");
        assertThat(client.get(documents + "?search=REPORT").json().path("data")).hasSize(2);

        JsonNode page = client.get(documents + "?page=1&page_size=2").json();
        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("pagination").path("total_pages").asInt()).isEqualTo(2);
        assertThat(page.path("pagination").path("current_page").asInt()).isOne();
        assertThat(page.path("pagination").path("has_more").asBoolean()).isFalse();
        assertThat(client.get(documents + "?page=0&page_size=2").json().path("pagination").path("has_more")
                .asBoolean()).isTrue();
        assertThat(client.get(documents + "?page_size=101").status()).isEqualTo(422);
        assertThat(client.get(documents + "?sort_order=sideways").status()).isEqualTo(422);
    }

    @Test
    void updatesAndDeletesDocuments() {
        String libraryId = createLibrary("docs");
        JsonNode document = upload(libraryId, "draft.txt", "draft");
        String path = documentPath(libraryId, document);

        JsonNode renamed = BodyVerbs.putJson(client, path, Map.of("name", "final.txt",
                "attributes", Map.of("year", 2026))).json();
        assertThat(renamed.path("name").asText()).isEqualTo("final.txt");
        assertThat(renamed.path("attributes").path("year").asInt()).isEqualTo(2026);

        assertThat(client.delete(path).status()).isEqualTo(204);
        assertThat(client.get(path).status()).isEqualTo(404);
        assertThat(client.get("/v1/libraries/" + libraryId).json().path("nb_documents").asInt()).isZero();
    }

    @Test
    void uploadNeedsAFileAndAKnownLibrary() {
        String libraryId = createLibrary("docs");

        assertThat(client.postMultipart("/v1/libraries/" + libraryId + "/documents",
                SimulatorClient.Part.text("name", "x")).status()).isEqualTo(422);
        assertThat(client.postMultipart("/v1/libraries/" + SOMEONE + "/documents",
                SimulatorClient.Part.file("file", "a.txt", "text/plain", new byte[] {1})).status()).isEqualTo(404);
    }
}
