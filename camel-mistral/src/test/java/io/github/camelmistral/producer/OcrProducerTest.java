package io.github.camelmistral.producer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.chat.ContentChunk;
import io.github.camelmistral.api.ocr.OcrRequest;
import io.github.camelmistral.api.ocr.OcrResponse;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class OcrProducerTest extends MistralTestSupport {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String PDF_DATA_URL = "data:application/pdf;base64," + Base64.getEncoder().encodeToString(PDF);

    /** Two pages, deliberately not in index order, with fields the connector does not model. */
    static final String TWO_PAGES = """
            {"pages":[
               {"index":1,"markdown":"## Terms\\n\\nPay within 30 days.\\n\\n","images":[],
                "dimensions":{"dpi":200,"height":2200,"width":1700}},
               {"index":0,"markdown":"# Invoice 42\\n\\n![img-0.jpeg](img-0.jpeg)\\n","hyperlinks":["https://example.com"],
                "images":[{"id":"img-0.jpeg","top_left_x":10,"top_left_y":20,"bottom_right_x":110,"bottom_right_y":220,
                           "image_base64":null}],
                "dimensions":{"dpi":200,"height":2200,"width":1700},"confidence_scores":null,"blocks":null}],
             "model":"mistral-ocr-2505","document_annotation":null,
             "usage_info":{"pages_processed":2,"doc_size_bytes":48213}}
            """;

    static final String ONE_PAGE = """
            {"pages":[{"index":0,"markdown":"text","images":[],"dimensions":null}],"model":"mistral-ocr-2505",
             "usage_info":{"pages_processed":1}}
            """;

    @TempDir
    Path tmp;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ocr").to(mistral("ocr"));
                from("direct:tuned").to(mistral("ocr", "model=mistral-ocr-2505&pages=0,2-4&includeImageBase64=true"
                                                       + "&tableFormat=html&extractHeader=true&extractFooter=true"
                                                       + "&documentAnnotationSchema=resource:classpath:schemas/ocr-invoice.json"
                                                       + "&documentAnnotationPrompt=Extract the invoice."
                                                       + "&bboxAnnotationSchema=RAW({\"type\":\"object\",\"properties\":"
                                                       + "{\"kind\":{\"type\":\"string\"}}})&jsonSchemaStrict=true"));
                from("direct:uploaded").to(mistral("ocr", "fileId=3b6d45eb-e30b-416f-8019-f47e2e93d930"));
            }
        };
    }

    private static void stubOcr(String answer) {
        wireMock.stubFor(post(urlEqualTo("/v1/ocr")).willReturn(okJson(answer)));
    }

    @Test
    void pdfBytesAreSentAsADocumentDataUrlAndThePagesComeBackAsMarkdownInIndexOrder() {
        stubOcr(TWO_PAGES);

        Exchange result = template.request("direct:ocr", e -> e.getIn().setBody(PDF));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody())
                .isEqualTo("# Invoice 42\n\n![img-0.jpeg](img-0.jpeg)\n\n## Terms\n\nPay within 30 days.");
        assertThat(result.getMessage().getHeaders())
                .containsEntry(MistralConstants.PAGES_PROCESSED, 2)
                .containsEntry(MistralConstants.RESPONSE_MODEL, "mistral-ocr-2505")
                .containsEntry(MistralConstants.REQUEST_ID, "req-123")
                .doesNotContainKey(MistralConstants.DOCUMENT_ANNOTATION);
        OcrResponse response = result.getMessage().getHeader(MistralConstants.RESPONSE, OcrResponse.class);
        OcrResponse.Page first = response.pages().get(1);
        assertThat(first.index()).isZero();
        assertThat(first.hyperlinks()).containsExactly("https://example.com");
        assertThat(first.images()).singleElement().satisfies(image -> {
            assertThat(image.id()).isEqualTo("img-0.jpeg");
            assertThat(image.topLeftX()).isEqualTo(10);
            assertThat(image.bottomRightY()).isEqualTo(220);
        });
        assertThat(first.dimensions().dpi()).isEqualTo(200);
        assertThat(response.usageInfo().docSizeBytes()).isEqualTo(48213L);

        var request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/v1/ocr");
        assertThatJson(request.getBodyAsString()).isEqualTo("""
                {"model":"mistral-ocr-latest","document":{"type":"document_url","document_url":"%s"}}
                """.formatted(PDF_DATA_URL));
    }

    @Test
    void anImageFileIsSentAsAnImageDataUrl() throws Exception {
        stubOcr(ONE_PAGE);
        Path png = Files.write(tmp.resolve("receipt.png"), AnalyzeImageProducerTest.PNG);

        String markdown = template.requestBody("direct:ocr", png.toFile(), String.class);

        assertThat(markdown).isEqualTo("text");
        assertThatJson(onlyRequest().getBodyAsString()).node("document").isEqualTo("""
                {"type":"image_url","image_url":"data:image/png;base64,%s"}
                """.formatted(Base64.getEncoder().encodeToString(AnalyzeImageProducerTest.PNG)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://example.com/scans/invoice.pdf  | {\"type\":\"document_url\",\"document_url\":\"https://example.com/scans/invoice.pdf\"}",
            "https://example.com/slides.pptx?v=2    | {\"type\":\"document_url\",\"document_url\":\"https://example.com/slides.pptx?v=2\"}",
            "https://example.com/receipt.JPG?size=l | {\"type\":\"image_url\",\"image_url\":\"https://example.com/receipt.JPG?size=l\"}",
            "data:image/webp;base64,UklGRg==        | {\"type\":\"image_url\",\"image_url\":\"data:image/webp;base64,UklGRg==\"}",
            "data:application/pdf;base64,JVBERi0=   | {\"type\":\"document_url\",\"document_url\":\"data:application/pdf;base64,JVBERi0=\"}" })
    void urlStringsAreSentAsTheyAreInTheChunkTheirTypeNeeds(String url, String expectedDocument) {
        stubOcr(ONE_PAGE);

        template.requestBody("direct:ocr", url);

        assertThatJson(onlyRequest().getBodyAsString()).node("document").isEqualTo(expectedDocument);
    }

    @Test
    void theFileIdHeaderNamesAnUploadedFileAndWinsOverTheBody() {
        stubOcr(ONE_PAGE);

        template.request("direct:ocr", e -> {
            e.getIn().setBody("ignored: the file id names the document");
            e.getIn().setHeader(MistralConstants.FILE_ID, "9f2c5a0e-1b7d-4a5e-8f0a-3c2b1d4e5f60");
        });

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-ocr-latest","document":{"type":"file","file_id":"9f2c5a0e-1b7d-4a5e-8f0a-3c2b1d4e5f60"}}
                """);
    }

    @Test
    void theFileIdOptionNeedsNoBody() {
        stubOcr(ONE_PAGE);

        template.sendBody("direct:uploaded", (Object) null);

        assertThatJson(onlyRequest().getBodyAsString()).node("document")
                .isEqualTo("{\"type\":\"file\",\"file_id\":\"3b6d45eb-e30b-416f-8019-f47e2e93d930\"}");
    }

    @Test
    void optionsGoOnTheWireUnderTheirSchemaNamesAndTheAnnotationComesBack() {
        stubOcr("""
                {"pages":[{"index":0,"markdown":"[tbl-0.html](tbl-0.html)","images":[],"dimensions":null,
                           "tables":[{"id":"tbl-0.html","content":"<table></table>","format":"html"}],
                           "header":"ACME Corp","footer":"Page 1"}],
                 "model":"mistral-ocr-2505","document_annotation":"{\\"number\\":\\"42\\",\\"total\\":99.5}",
                 "usage_info":{"pages_processed":1}}
                """);

        Exchange result = template.request("direct:tuned", e -> e.getIn().setBody(AnalyzeImageProducerTest.PNG));

        assertThat(result.getMessage().getHeader(MistralConstants.DOCUMENT_ANNOTATION))
                .isEqualTo("{\"number\":\"42\",\"total\":99.5}");
        OcrResponse.Page page = result.getMessage().getHeader(MistralConstants.RESPONSE, OcrResponse.class).pages().get(0);
        assertThat(page.tables()).singleElement().isEqualTo(new OcrResponse.Table("tbl-0.html", "<table></table>", "html"));
        assertThat(page.header()).isEqualTo("ACME Corp");
        assertThat(page.footer()).isEqualTo("Page 1");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-ocr-2505",
                 "document":{"type":"image_url","image_url":"data:image/png;base64,%s"},
                 "pages":"0,2-4","include_image_base64":true,"table_format":"html",
                 "extract_header":true,"extract_footer":true,
                 "document_annotation_format":{"type":"json_schema","json_schema":{"name":"document_annotation","strict":true,
                   "schema":{"type":"object","properties":{"number":{"type":"string"},"total":{"type":"number"}},
                             "required":["number","total"]}}},
                 "document_annotation_prompt":"Extract the invoice.",
                 "bbox_annotation_format":{"type":"json_schema","json_schema":{"name":"bbox_annotation","strict":true,
                   "schema":{"type":"object","properties":{"kind":{"type":"string"}}}}}}
                """.formatted(Base64.getEncoder().encodeToString(AnalyzeImageProducerTest.PNG)));
    }

    @Test
    void thePagesHeaderOverridesTheOptionAsAListOrAString() {
        stubOcr(ONE_PAGE);

        template.request("direct:tuned", e -> {
            e.getIn().setBody(PDF);
            e.getIn().setHeader(MistralConstants.PAGES, List.of(0, 3));
        });
        template.request("direct:tuned", e -> {
            e.getIn().setBody(PDF);
            e.getIn().setHeader(MistralConstants.PAGES, " 1 - 3, 7 ");
        });

        var requests = wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/v1/ocr")));
        assertThat(requests).hasSize(2);
        assertThatJson(requests.get(0).getBodyAsString()).node("pages").isEqualTo("[0,3]");
        assertThatJson(requests.get(1).getBodyAsString()).node("pages").isEqualTo("\"1-3,7\"");
    }

    @Test
    void aCompleteRequestIsSentAsBuiltWithTheModelFilledIn() {
        stubOcr(ONE_PAGE);
        OcrRequest request = new OcrRequest(null, null, new ContentChunk.DocumentUrl("https://example.com/a.pdf", "a.pdf"),
                List.of(2), null, 4, 50, null, null, null, null, null, null, true, "page");

        template.requestBody("direct:ocr", request);

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-ocr-latest",
                 "document":{"type":"document_url","document_url":"https://example.com/a.pdf","document_name":"a.pdf"},
                 "pages":[2],"image_limit":4,"image_min_size":50,"include_blocks":true,
                 "confidence_scores_granularity":"page"}
                """);
    }

    @Test
    void anApiErrorFailsTheExchangeWithAMistralApiException() {
        wireMock.stubFor(post(urlEqualTo("/v1/ocr")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":[{\"loc\":[\"body\",\"document\"],\"msg\":\"Document could not be read\","
                          + "\"type\":\"value_error\"}]}")));

        Exchange result = template.request("direct:ocr", e -> e.getIn().setBody(PDF));

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(422);
            assertThat(e.getPath()).isEqualTo("/v1/ocr");
            assertThat(e.getErrorMessage()).contains("Document could not be read");
        });
    }
}
