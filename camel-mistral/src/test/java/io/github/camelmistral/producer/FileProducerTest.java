package io.github.camelmistral.producer;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.files.FileDeleted;
import io.github.camelmistral.api.files.MistralFile;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:file} in Java DSL routes, checked on the wire. */
class FileProducerTest extends MistralTestSupport {

    static final String FILE_ID = "d56b5e4f-16ae-4f07-be8e-b837aa10240f";
    static final String JSONL = "{\"custom_id\":\"1\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}}\n"
                                + "{\"custom_id\":\"2\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"Bye\"}]}}\n";

    @TempDir
    Path tmp;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to(mistral("file", "operation=upload&purpose=batch"));
                from("direct:list").to(mistral("file", "operation=list&purpose=batch&source=upload,mistral"
                                                       + "&sampleType=batch_request,batch_result&search=requests"
                                                       + "&pageSize=2"));
                from("direct:listPage").to(mistral("file", "operation=list&page=3&pageSize=10"));
                from("direct:listAndSplit").to(mistral("file", "operation=list"))
                        .split(body()).to("mock:file");
                from("direct:get").to(mistral("file", "operation=get"));
                from("direct:getConfigured").to(mistral("file", "operation=get&fileId=" + FILE_ID));
                from("direct:delete").to(mistral("file", "operation=delete"));
                from("direct:download").to(mistral("file", "operation=download"))
                        .process(e -> e.getMessage().setHeader("bodyType", e.getMessage().getBody().getClass()))
                        .convertBodyTo(String.class);
                from("direct:signedUrl").to(mistral("file", "operation=signedUrl&expiry=48"));
                from("direct:uploadThenSign")
                        .to(mistral("file", "operation=upload&purpose=ocr&fileName=scan.pdf"))
                        .to(mistral("file", "operation=signedUrl"));
                from("direct:file").to(mistral("file"));
            }
        };
    }

    static String fileJson(String id, String filename) {
        return """
                {"id":"%s","object":"file","bytes":%d,"created_at":1759500189,"filename":"%s","purpose":"batch",
                 "sample_type":"batch_request","source":"upload","num_lines":2,"mimetype":"application/jsonl",
                 "signature":"d4821d2de1917341","visibility":"workspace","a_field_added_later":true}
                """.formatted(id, JSONL.length(), filename);
    }

    private static void stubUpload() {
        wireMock.stubFor(post(urlEqualTo("/v1/files")).willReturn(okJson(fileJson(FILE_ID, "requests.jsonl"))));
    }

    private static Map<String, Request.Part> partsOf(LoggedRequest request) {
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        Map<String, Request.Part> parts = new java.util.LinkedHashMap<>();
        request.getParts().forEach(part -> parts.put(part.getName(), part));
        return parts;
    }

    // ---- upload ----

    @Test
    void uploadSendsThePurposeAndTheFileAsMultipartAndReturnsTheFile() {
        stubUpload();

        Exchange result = template.request("direct:upload", e -> {
            e.getIn().setBody(JSONL.getBytes(StandardCharsets.UTF_8));
            e.getIn().setHeader(Exchange.FILE_NAME, "batches/2026/requests.jsonl");
        });

        assertThat(result.getException()).isNull();
        MistralFile file = result.getMessage().getBody(MistralFile.class);
        assertThat(file.id()).isEqualTo(FILE_ID);
        assertThat(file.sampleType()).isEqualTo("batch_request");
        assertThat(file.bytes()).isEqualTo(JSONL.length());
        assertThat(result.getMessage().getHeaders())
                .containsEntry(MistralConstants.FILE_ID, FILE_ID)
                .containsEntry(MistralConstants.REQUEST_ID, "req-123");

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        Map<String, Request.Part> parts = partsOf(request);
        assertThat(parts).containsOnlyKeys("purpose", "file");
        assertThat(parts.get("purpose").getBody().asString()).isEqualTo("batch");
        Request.Part filePart = parts.get("file");
        assertThat(filePart.getHeader("Content-Disposition").firstValue())
                .isEqualTo("form-data; name=\"file\"; filename=\"requests.jsonl\"");
        assertThat(filePart.getHeader("Content-Type").firstValue()).isEqualTo("application/octet-stream");
        assertThat(filePart.getBody().asString()).isEqualTo(JSONL);
        // a body of known length goes with its exact Content-Length, not chunked
        assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(request.getBody().length));
        assertThat(request.containsHeader("Transfer-Encoding")).isFalse();
    }

    @Test
    void uploadStreamsAFileAndNamesItAfterTheFile() throws Exception {
        stubUpload();
        Path jsonl = Files.writeString(tmp.resolve("training.jsonl"), JSONL);

        Exchange result = template.request("direct:upload", e -> e.getIn().setBody(jsonl.toFile()));

        assertThat(result.getException()).isNull();
        Request.Part filePart = partsOf(onlyRequest()).get("file");
        assertThat(filePart.getHeader("Content-Disposition").firstValue()).contains("filename=\"training.jsonl\"");
        assertThat(filePart.getBody().asString()).isEqualTo(JSONL);
    }

    @Test
    void uploadOfAStreamOfUnknownLengthIsSentChunked() {
        stubUpload();

        Exchange result = template.request("direct:upload", e -> {
            e.getIn().setBody(new ByteArrayInputStream(JSONL.getBytes(StandardCharsets.UTF_8)));
            e.getIn().setHeader(MistralConstants.FILE_NAME, "streamed.jsonl");
            e.getIn().setHeader(MistralConstants.PURPOSE, "fine-tune");
        });

        assertThat(result.getException()).isNull();
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Transfer-Encoding")).isEqualTo("chunked");
        Map<String, Request.Part> parts = partsOf(request);
        assertThat(parts.get("purpose").getBody().asString()).isEqualTo("fine-tune");
        assertThat(parts.get("file").getHeader("Content-Disposition").firstValue()).contains("filename=\"streamed.jsonl\"");
        assertThat(parts.get("file").getBody().asString()).isEqualTo(JSONL);
    }

    @Test
    void uploadOfAStringSendsItsUtf8Bytes() {
        stubUpload();

        Exchange result = template.request("direct:upload", e -> {
            e.getIn().setBody("{\"text\":\"café\"}\n");
            e.getIn().setHeader(MistralConstants.FILE_NAME, "one.jsonl");
        });

        assertThat(result.getException()).isNull();
        assertThat(partsOf(onlyRequest()).get("file").getBody().asBytes())
                .isEqualTo("{\"text\":\"café\"}\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void uploadWithoutAnyFileNameFailsBeforeSending() {
        Exchange result = template.request("direct:upload", e -> e.getIn().setBody(new byte[] { 1, 2, 3 }));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mistral:file upload needs a file name (the API records it, and fine-tuning only takes "
                            + ".jsonl files): set the fileName option, the CamelMistralFileName header or CamelFileName");
        assertNoRequestSent();
    }

    @Test
    void uploadOfABodyThatIsNoFileFailsBeforeSending() {
        Exchange result = template.request("direct:upload", e -> {
            e.getIn().setBody(Map.of("not", "a file"));
            e.getIn().setHeader(MistralConstants.FILE_NAME, "x.jsonl");
        });

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mistral:file upload expects the file as the body: byte[], InputStream, File, "
                                        + "Path or a Camel GenericFile, but got java.util.");
        assertNoRequestSent();
    }

    @Test
    void uploadOfAMissingEmptyOrOversizedFileFailsBeforeSending() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
        File huge = tmp.resolve("huge.jsonl").toFile();
        try (RandomAccessFile sparse = new RandomAccessFile(huge, "rw")) {
            sparse.setLength(512L * 1024 * 1024 + 1);
        }

        assertThat(failureOf(template.request("direct:upload", e -> e.getIn().setBody(tmp.resolve("nope.jsonl")))))
                .hasMessage("mistral:file upload cannot read " + tmp.resolve("nope.jsonl") + ": no such file");
        assertThat(failureOf(template.request("direct:upload", e -> e.getIn().setBody(empty))))
                .hasMessage("mistral:file upload: the file is empty");
        assertThat(failureOf(template.request("direct:upload", e -> e.getIn().setBody(huge))))
                .hasMessage("mistral:file upload: the file is 512.0 MB, over the API's limit of 512 MB per file");
        assertNoRequestSent();
    }

    @Test
    void uploadFailsWithTheReadErrorWhenTheBodyStreamBreaks() {
        stubUpload();
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 100) {
                    return 'x';
                }
                throw new IOException("disk on fire");
            }
        };

        Exchange result = template.request("direct:upload", e -> {
            e.getIn().setBody(broken);
            e.getIn().setHeader(MistralConstants.FILE_NAME, "broken.jsonl");
        });

        assertThat(failureOf(result)).isInstanceOf(IOException.class)
                .hasMessage("Cannot read the upload body of POST /v1/files: disk on fire");
    }

    @Test
    void uploadRefusedByTheApiFailsWithItsMessage() {
        wireMock.stubFor(post(urlEqualTo("/v1/files")).willReturn(aResponse().withStatus(413)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"error\",\"message\":\"File too large\",\"type\":\"invalid_request_error\"}")));

        Exchange result = template.request("direct:upload", e -> {
            e.getIn().setBody(JSONL);
            e.getIn().setHeader(MistralConstants.FILE_NAME, "requests.jsonl");
        });

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(413);
            assertThat(e.getMessage()).isEqualTo("Mistral API POST /v1/files failed with HTTP 413 "
                                                 + "(type=invalid_request_error): File too large");
        });
    }

    @Test
    void theUploadedFileIdIsUsedByTheNextFileStep() {
        stubUpload();
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/" + FILE_ID + "/url"))
                .willReturn(okJson("{\"url\":\"https://blob.example/scan.pdf?sig=abc\"}")));

        Exchange result = template.request("direct:uploadThenSign", e -> e.getIn().setBody(new byte[] { '%', 'P' }));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("https://blob.example/scan.pdf?sig=abc");
        wireMock.verify(getRequestedFor(urlEqualTo("/v1/files/" + FILE_ID + "/url")));
    }

    // ---- list ----

    @Test
    void listReadsEveryPageWithTheFiltersAsQueryParameters() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo("0"))
                .willReturn(okJson(page(3, fileJson("f1", "a.jsonl"), fileJson("f2", "b.jsonl")))));
        // f2 again: a file created meanwhile shifted the offsets
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(page(3, fileJson("f2", "b.jsonl"), fileJson("f3", "c.jsonl")))));

        Exchange result = template.request("direct:list", e -> {
        });

        assertThat(result.getException()).isNull();
        List<?> files = result.getMessage().getBody(List.class);
        assertThat(files).extracting(f -> ((MistralFile) f).id()).containsExactly("f1", "f2", "f3");
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL)).isEqualTo(3);
        List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(
                "/v1/files?purpose=batch&source=upload&source=mistral&sample_type=batch_request"
                + "&sample_type=batch_result&search=requests&page=0&page_size=2",
                "/v1/files?purpose=batch&source=upload&source=mistral&sample_type=batch_request"
                + "&sample_type=batch_result&search=requests&page=1&page_size=2");
    }

    @Test
    void listOfOnePageReturnsThatPageAndTheApiTotal() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files"))
                .willReturn(okJson(page(31, fileJson("f31", "z.jsonl")))));

        Exchange result = template.request("direct:listPage", e -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(List.class)).hasSize(1);
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL)).isEqualTo(31);
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/files?page=3&page_size=10");
    }

    @Test
    void listedFilesCanBeSplit() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files"))
                .willReturn(okJson(page(2, fileJson("f1", "a.jsonl"), fileJson("f2", "b.jsonl")))));
        MockEndpoint each = getMockEndpoint("mock:file");
        each.expectedMessageCount(2);

        template.sendBody("direct:listAndSplit", null);

        each.assertIsSatisfied();
        assertThat(each.getExchanges()).extracting(e -> e.getMessage().getBody(MistralFile.class).filename())
                .containsExactly("a.jsonl", "b.jsonl");
    }

    static String page(int total, String... files) {
        return "{\"object\":\"list\",\"total\":" + total + ",\"data\":[" + String.join(",", files) + "]}";
    }

    // ---- get, delete, download, signedUrl ----

    @Test
    void getReadsTheFileOfTheIdHeader() {
        wireMock.stubFor(get(urlEqualTo("/v1/files/" + FILE_ID)).willReturn(okJson(fileJson(FILE_ID, "a.jsonl")
                .replace("\"visibility\"", "\"deleted\":false,\"visibility\""))));

        Exchange result = template.request("direct:get", e -> e.getIn().setHeader(MistralConstants.FILE_ID, FILE_ID));

        assertThat(result.getException()).isNull();
        MistralFile file = result.getMessage().getBody(MistralFile.class);
        assertThat(file.filename()).isEqualTo("a.jsonl");
        assertThat(file.deleted()).isFalse();
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("GET");
    }

    @Test
    void getUsesTheFileIdOptionAndTheHeaderWins() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/" + FILE_ID)).willReturn(okJson(fileJson(FILE_ID, "a.jsonl"))));
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/other")).willReturn(okJson(fileJson("other", "b.jsonl"))));

        assertThat(template.requestBody("direct:getConfigured", null, MistralFile.class).id()).isEqualTo(FILE_ID);
        assertThat(template.requestBodyAndHeader("direct:getConfigured", null, MistralConstants.FILE_ID, "other",
                MistralFile.class).id()).isEqualTo("other");
    }

    @Test
    void anOperationWithoutFileIdFailsNamingTheHeaderBeforeSending() {
        for (String route : List.of("direct:get", "direct:delete", "direct:download", "direct:signedUrl")) {
            Exchange result = template.request(route, e -> e.getIn().setBody("no id here"));

            assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching("mistral:file (get|delete|download|signedUrl) needs an id: set the "
                                        + "CamelMistralFileId header or the fileId option");
        }
        assertNoRequestSent();
    }

    @Test
    void deleteDeletesTheFileOfAFileBody() {
        wireMock.stubFor(delete(urlEqualTo("/v1/files/" + FILE_ID))
                .willReturn(okJson("{\"id\":\"" + FILE_ID + "\",\"object\":\"file\",\"deleted\":true}")));
        MistralFile listed = new MistralFile(FILE_ID, "file", 1L, 1L, "a.jsonl", "batch", null, null, null, "upload",
                null, null, null, null);

        Exchange result = template.request("direct:delete", e -> e.getIn().setBody(listed));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(FileDeleted.class).deleted()).isTrue();
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("DELETE");
    }

    @Test
    void downloadReturnsTheContentAsAStream() {
        wireMock.stubFor(get(urlEqualTo("/v1/files/" + FILE_ID + "/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(JSONL)));

        Exchange result = template.request("direct:download", e -> e.getIn().setHeader(MistralConstants.FILE_ID, FILE_ID));

        assertThat(result.getException()).isNull();
        assertThat((Class<?>) result.getMessage().getHeader("bodyType", Class.class)).isAssignableTo(InputStream.class);
        assertThat(result.getMessage().getBody()).isEqualTo(JSONL);
        assertThat(result.getMessage().getHeader(MistralConstants.FILE_ID)).isEqualTo(FILE_ID);
    }

    @Test
    void downloadOfAnUnknownFileFailsWithTheApiError() {
        wireMock.stubFor(get(urlEqualTo("/v1/files/gone/content")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withHeader("mistral-correlation-id", "req-404")
                .withBody("{\"detail\":\"File not found\"}")));

        Exchange result = template.request("direct:download", e -> e.getIn().setHeader(MistralConstants.FILE_ID, "gone"));

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(404);
            assertThat(e.getMessage()).isEqualTo(
                    "Mistral API GET /v1/files/gone/content failed with HTTP 404: File not found [request id req-404]");
        });
    }

    @Test
    void signedUrlAsksForTheExpiryAndReturnsTheUrl() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/" + FILE_ID + "/url"))
                .willReturn(okJson("{\"url\":\"https://blob.example/f.jsonl?se=2026&sig=x\"}")));

        Object url = template.requestBodyAndHeader("direct:signedUrl", null, MistralConstants.FILE_ID, FILE_ID);

        assertThat(url).isEqualTo("https://blob.example/f.jsonl?se=2026&sig=x");
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/files/" + FILE_ID + "/url?expiry=48");
    }

    // ---- operation ----

    @Test
    void theOperationComesFromTheHeaderAndMustBeKnown() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson(page(0))));

        assertThat(template.requestBodyAndHeader("direct:file", null, MistralConstants.OPERATION, "LIST", List.class))
                .isEmpty();
        assertThat(failureOf(template.request("direct:file", e -> {
        }))).hasMessage("mistral:file needs an operation: set the operation option or the CamelMistralOperation header "
                        + "to one of [upload, list, get, delete, download, signedUrl]");
        assertThat(failureOf(template.request("direct:file", e -> e.getIn().setHeader(MistralConstants.OPERATION, "copy"))))
                .hasMessage("mistral:file has no operation 'copy'; expected one of "
                            + "[upload, list, get, delete, download, signedUrl]");
    }
}
