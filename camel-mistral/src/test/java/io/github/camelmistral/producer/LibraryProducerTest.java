package io.github.camelmistral.producer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.libraries.DocumentStatus;
import io.github.camelmistral.api.libraries.Library;
import io.github.camelmistral.api.libraries.LibraryDocument;
import io.github.camelmistral.api.libraries.LibrarySharing;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:library} and {@code mistral:libraryDocument}, checked on the wire. */
class LibraryProducerTest extends MistralTestSupport {

    static final String LIBRARY_ID = "0197a1b2-0000-7000-8000-00000000000a";
    static final String DOCUMENT_ID = "0197a1b2-0000-7000-8000-00000000000d";
    static final String USER_ID = "0197a1b2-0000-7000-8000-0000000000aa";
    static final String LIBRARY = "/v1/libraries/" + LIBRARY_ID;
    static final String DOCUMENT = LIBRARY + "/documents/" + DOCUMENT_ID;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:library").toD(mistral("library", "operation=${header.op}"));
                from("direct:document").toD(mistral("libraryDocument", "operation=${header.op}&libraryId=" + LIBRARY_ID
                                                                       + "&pageSize=1&search=handbook"));
            }
        };
    }

    static String library() {
        return """
                {"id":"%s","name":"Handbook","created_at":"2026-11-28T10:00:00Z","updated_at":"2026-11-28T10:00:00Z",
                 "owner_id":null,"owner_type":"Workspace","total_size":0,"nb_documents":0,"chunk_size":null}"""
                .formatted(LIBRARY_ID);
    }

    static String document(String id, String status) {
        return """
                {"id":"%s","library_id":"%s","hash":"abc","mime_type":"text/markdown","extension":"md","size":12,
                 "name":"handbook.md","created_at":"2026-11-28T10:00:00Z","process_status":"%s",
                 "processing_status":"%s","uploaded_by_id":null,"uploaded_by_type":"Workspace",
                 "tokens_processing_total":0}""".formatted(id, LIBRARY_ID, status, status);
    }

    private Exchange call(String route, String op, Object body, Map<String, Object> headers) {
        return template.request(route, e -> {
            headers.forEach(e.getIn()::setHeader);
            e.getIn().setHeader("op", op);
            e.getIn().setBody(body);
        });
    }

    private static String sent(LoggedRequest request) {
        return request.getMethod().getName() + " " + request.getUrl();
    }

    @Test
    void libraryOperations() {
        wireMock.stubFor(post(urlEqualTo("/v1/libraries")).willReturn(okJson(library()).withStatus(201)));
        wireMock.stubFor(get(urlEqualTo("/v1/libraries")).willReturn(okJson("{\"data\":[" + library() + "]}")));
        wireMock.stubFor(any(urlEqualTo(LIBRARY)).willReturn(okJson(library())));
        String sharing = "{\"library_id\":\"" + LIBRARY_ID + "\",\"org_id\":\"" + USER_ID + "\",\"role\":\"Viewer\","
                         + "\"share_with_type\":\"User\",\"share_with_uuid\":\"" + USER_ID + "\"}";
        wireMock.stubFor(any(urlEqualTo(LIBRARY + "/share")).willReturn(okJson(sharing)));
        wireMock.stubFor(get(urlEqualTo(LIBRARY + "/share")).willReturn(okJson("{\"data\":[" + sharing + "]}")));
        Map<String, Object> byId = Map.of(MistralConstants.LIBRARY_ID, LIBRARY_ID);

        Exchange created = call("direct:library", "create", Map.of("name", "Handbook", "description", "HR"), Map.of());
        assertThat(created.getMessage().getHeader(MistralConstants.LIBRARY_ID)).isEqualTo(LIBRARY_ID);
        assertThat(call("direct:library", "list", null, Map.of()).getMessage().getBody(List.class)).hasSize(1);
        assertThat(call("direct:library", "get", null, byId).getMessage().getBody(Library.class).name())
                .isEqualTo("Handbook");
        // the output of create can be passed straight on: the Library body names the library
        assertThat(call("direct:library", "update", Map.of("name", "Staff handbook"), byId).getException()).isNull();
        assertThat(call("direct:library", "share", Map.of("share_with_uuid", USER_ID, "share_with_type", "User",
                "level", "Viewer"), byId).getMessage().getBody(LibrarySharing.class).role()).isEqualTo("Viewer");
        assertThat(call("direct:library", "listAccess", null, byId).getMessage().getBody(List.class)).hasSize(1);
        assertThat(call("direct:library", "unshare", Map.of("share_with_uuid", USER_ID, "share_with_type", "User"), byId)
                .getException()).isNull();
        assertThat(call("direct:library", "delete", null, byId).getMessage().getBody(Library.class).id())
                .isEqualTo(LIBRARY_ID);

        List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).extracting(LibraryProducerTest::sent).containsExactly(
                "POST /v1/libraries", "GET /v1/libraries", "GET " + LIBRARY, "PUT " + LIBRARY, "PUT " + LIBRARY + "/share",
                "GET " + LIBRARY + "/share", "DELETE " + LIBRARY + "/share", "DELETE " + LIBRARY);
        assertThat(requests.get(0).getBodyAsString()).contains("\"name\":\"Handbook\"", "\"description\":\"HR\"");
        assertThat(requests.get(6).getBodyAsString()).contains("\"share_with_uuid\":\"" + USER_ID + "\"");
    }

    @Test
    void uploadStreamsTheDocumentAsMultipartAndSetsItsId() {
        wireMock.stubFor(post(urlEqualTo(LIBRARY + "/documents"))
                .willReturn(okJson(document(DOCUMENT_ID, "todo")).withStatus(201)));

        Exchange result = call("direct:document", "upload", "# Handbook\n".getBytes(StandardCharsets.UTF_8),
                Map.of(Exchange.FILE_NAME, "hr/handbook.md"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(LibraryDocument.class).processStatus()).isEqualTo("todo");
        assertThat(result.getMessage().getHeader(MistralConstants.DOCUMENT_ID)).isEqualTo(DOCUMENT_ID);
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(request.getParts()).singleElement().satisfies(part -> {
            assertThat(part.getName()).isEqualTo("file");
            assertThat(part.getHeader("Content-Disposition").firstValue()).contains("filename=\"handbook.md\"");
            assertThat(part.getBody().asString()).isEqualTo("# Handbook\n");
        });
    }

    @Test
    void documentOperations() {
        wireMock.stubFor(get(urlPathEqualTo(LIBRARY + "/documents")).withQueryParam("page", equalTo("0"))
                .willReturn(okJson("{\"pagination\":{\"total_items\":2,\"total_pages\":2,\"current_page\":0,"
                                   + "\"page_size\":1,\"has_more\":true},\"data\":[" + document(DOCUMENT_ID, "done") + "]}")));
        wireMock.stubFor(get(urlPathEqualTo(LIBRARY + "/documents")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson("{\"pagination\":{\"total_items\":2,\"total_pages\":2,\"current_page\":1,"
                                   + "\"page_size\":1,\"has_more\":false},\"data\":["
                                   + document("0197a1b2-0000-7000-8000-00000000000e", "error") + "]}")));
        wireMock.stubFor(any(urlEqualTo(DOCUMENT)).willReturn(okJson(document(DOCUMENT_ID, "done"))));
        wireMock.stubFor(delete(urlEqualTo(DOCUMENT)).willReturn(aResponse().withStatus(204)));
        wireMock.stubFor(get(urlEqualTo(DOCUMENT + "/status")).willReturn(okJson(
                "{\"document_id\":\"" + DOCUMENT_ID + "\",\"process_status\":\"done\",\"processing_status\":\"done\"}")));
        wireMock.stubFor(get(urlEqualTo(DOCUMENT + "/text_content")).willReturn(okJson("{\"text\":\"# Handbook\"}")));
        wireMock.stubFor(get(urlEqualTo(DOCUMENT + "/signed-url")).willReturn(okJson("\"https://files.example/h.md\"")));
        wireMock.stubFor(post(urlEqualTo(DOCUMENT + "/reprocess")).willReturn(aResponse().withStatus(204)));
        Map<String, Object> byId = Map.of(MistralConstants.DOCUMENT_ID, DOCUMENT_ID);

        Exchange listed = call("direct:document", "list", null, Map.of());
        @SuppressWarnings("unchecked")
        List<LibraryDocument> documents = listed.getMessage().getBody(List.class);
        assertThat(documents).extracting(LibraryDocument::processStatus).containsExactly("done", "error");
        assertThat(call("direct:document", "get", null, byId).getMessage().getBody(LibraryDocument.class).name())
                .isEqualTo("handbook.md");
        assertThat(call("direct:document", "update", Map.of("name", "hr.md", "attributes", Map.of("team", "hr")), byId)
                .getException()).isNull();
        assertThat(call("direct:document", "status", null, byId).getMessage().getBody(DocumentStatus.class)
                .processStatus()).isEqualTo("done");
        assertThat(call("direct:document", "text", null, byId).getMessage().getBody()).isEqualTo("# Handbook");
        assertThat(call("direct:document", "signedUrl", null, byId).getMessage().getBody())
                .isEqualTo("https://files.example/h.md");
        assertThat(call("direct:document", "reprocess", null, byId).getException()).isNull();
        assertThat(call("direct:document", "delete", null, byId).getException()).isNull();

        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting(LibraryProducerTest::sent).containsExactly(
                "GET " + LIBRARY + "/documents?search=handbook&page=0&page_size=1",
                "GET " + LIBRARY + "/documents?search=handbook&page=1&page_size=1",
                "GET " + DOCUMENT, "PUT " + DOCUMENT, "GET " + DOCUMENT + "/status", "GET " + DOCUMENT + "/text_content",
                "GET " + DOCUMENT + "/signed-url", "POST " + DOCUMENT + "/reprocess", "DELETE " + DOCUMENT);
    }

    @Test
    void missingIdsBodiesAndFileNamesAreSpecificErrors() {
        assertThat(failureOf(call("direct:library", "get", null, Map.of())))
                .hasMessageContaining("get needs an id: set the CamelMistralLibraryId header or the libraryId option");
        assertThat(failureOf(call("direct:library", "create", "Handbook", Map.of())))
                .hasMessageContaining("create takes a Map (or record) with the API's field names");
        assertThat(failureOf(call("direct:document", "status", null, Map.of())))
                .hasMessageContaining("status needs an id: set the CamelMistralDocumentId header");
        assertThat(failureOf(call("direct:document", "upload", new byte[] {1, 2}, Map.of())))
                .hasMessageContaining("upload needs a file name");
        assertNoRequestSent();
    }
}
