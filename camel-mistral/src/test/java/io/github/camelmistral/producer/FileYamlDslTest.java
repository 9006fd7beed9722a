package io.github.camelmistral.producer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.files.FileDeleted;
import io.github.camelmistral.api.files.MistralFile;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelmistral.producer.FileProducerTest.FILE_ID;
import static io.github.camelmistral.producer.FileProducerTest.JSONL;
import static io.github.camelmistral.producer.FileProducerTest.fileJson;
import static io.github.camelmistral.producer.FileProducerTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every {@code mistral:file} operation as a YAML DSL route author writes it. */
class FileYamlDslTest extends MistralTestSupport {

    @TempDir
    static Path inbox;
    @TempDir
    static Path downloads;

    @Override
    protected void doPostSetup() throws Exception {
        context.getPropertiesComponent().addInitialProperty("batch.inbox", inbox.toString());
        context.getPropertiesComponent().addInitialProperty("downloads", downloads.toString());
        String yaml = """
                - route:
                    from:
                      uri: "file:{{batch.inbox}}"
                      parameters:
                        noop: true
                        include: ".*\\\\.jsonl"
                      steps:
                        - to:
                            uri: mistral:file
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: upload
                              purpose: batch
                        - to: mock:uploaded
                - route:
                    from:
                      uri: direct:list
                      steps:
                        - to: "mistral:file?operation=list&source=mistral&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                        - split:
                            simple: "${body}"
                            steps:
                              - to: mock:listed
                - route:
                    from:
                      uri: direct:get
                      steps:
                        - to: "mistral:file?operation=get&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    from:
                      uri: direct:delete
                      steps:
                        - to: "mistral:file?operation=delete&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    # the content is a stream: without stream caching it goes to disk without being held in memory
                    streamCache: false
                    from:
                      uri: direct:download
                      steps:
                        - to: "mistral:file?operation=download&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                        - to: "file:{{downloads}}?fileName=${header.CamelMistralFileId}.jsonl"
                - route:
                    from:
                      uri: direct:signedUrl
                      steps:
                        - to:
                            uri: mistral:file
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: signedUrl
                              expiry: 2
                """;
        loadYamlRoutes("file-routes.yaml", yaml);
    }

    @Test
    void aFileDroppedInTheFolderIsUploaded() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/files")).willReturn(okJson(fileJson(FILE_ID, "requests.jsonl"))));
        MockEndpoint uploaded = getMockEndpoint("mock:uploaded");
        uploaded.expectedHeaderReceived(MistralConstants.FILE_ID, FILE_ID);

        Files.writeString(inbox.resolve("requests.jsonl"), JSONL);

        uploaded.assertIsSatisfied();
        assertThat(uploaded.getExchanges().get(0).getMessage().getBody()).isInstanceOf(MistralFile.class);
        LoggedRequest request = onlyRequest();
        assertThat(request.getPart("purpose").getBody().asString()).isEqualTo("batch");
        Request.Part file = request.getPart("file");
        assertThat(file.getHeader("Content-Disposition").firstValue()).contains("filename=\"requests.jsonl\"");
        assertThat(file.getBody().asString()).isEqualTo(JSONL);
    }

    @Test
    void listedFilesAreSplit() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files"))
                .willReturn(okJson(page(2, fileJson("f1", "a.jsonl"), fileJson("f2", "b.jsonl")))));
        MockEndpoint listed = getMockEndpoint("mock:listed");
        listed.expectedMessageCount(2);

        template.sendBody("direct:list", null);

        listed.assertIsSatisfied();
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/files?source=mistral&page=0&page_size=100");
    }

    @Test
    void getAndDeleteTakeTheIdFromTheHeader() {
        wireMock.stubFor(get(urlEqualTo("/v1/files/" + FILE_ID)).willReturn(okJson(fileJson(FILE_ID, "a.jsonl"))));
        wireMock.stubFor(delete(urlEqualTo("/v1/files/" + FILE_ID))
                .willReturn(okJson("{\"id\":\"" + FILE_ID + "\",\"object\":\"file\",\"deleted\":true}")));

        MistralFile file = template.requestBodyAndHeader("direct:get", null, MistralConstants.FILE_ID, FILE_ID,
                MistralFile.class);
        FileDeleted deleted = template.requestBodyAndHeader("direct:delete", null, MistralConstants.FILE_ID, FILE_ID,
                FileDeleted.class);

        assertThat(file.filename()).isEqualTo("a.jsonl");
        assertThat(deleted.deleted()).isTrue();
    }

    @Test
    void aDownloadIsWrittenToDisk() {
        wireMock.stubFor(get(urlEqualTo("/v1/files/" + FILE_ID + "/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(JSONL)));

        template.sendBodyAndHeader("direct:download", null, MistralConstants.FILE_ID, FILE_ID);

        Path written = downloads.resolve(FILE_ID + ".jsonl");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(written));
        assertThat(written).content(StandardCharsets.UTF_8).isEqualTo(JSONL);
    }

    @Test
    void signedUrlReturnsTheUrl() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/" + FILE_ID + "/url"))
                .willReturn(okJson("{\"url\":\"https://blob.example/a.jsonl?sig=1\"}")));

        Object url = template.requestBodyAndHeader("direct:signedUrl", null, MistralConstants.FILE_ID, FILE_ID);

        assertThat(url).isEqualTo("https://blob.example/a.jsonl?sig=1");
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/files/" + FILE_ID + "/url?expiry=2");
    }
}
