package io.github.camelmistral.producer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** OCR of the files dropped in a folder, as a YAML DSL route author writes it. */
class OcrYamlDslTest extends MistralTestSupport {

    @TempDir
    static Path inbox;

    @Override
    protected void doPostSetup() throws Exception {
        context.getPropertiesComponent().addInitialProperty("ocr.inbox", inbox.toString());
        String yaml = """
                - route:
                    from:
                      uri: "file:{{ocr.inbox}}"
                      parameters:
                        noop: true
                        include: ".*\\\\.pdf"
                      steps:
                        - to:
                            uri: mistral:ocr
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              pages: "0-1"
                              tableFormat: markdown
                        - to: mock:markdown
                """;
        loadYamlRoutes("ocr-routes.yaml", yaml);
    }

    @Test
    void aPdfDroppedInTheFolderComesOutAsMarkdown() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/ocr")).willReturn(okJson(OcrProducerTest.TWO_PAGES)));
        MockEndpoint markdown = getMockEndpoint("mock:markdown");
        markdown.expectedBodiesReceived("# Invoice 42\n\n![img-0.jpeg](img-0.jpeg)\n\n## Terms\n\nPay within 30 days.");
        markdown.expectedHeaderReceived(MistralConstants.PAGES_PROCESSED, 2);
        markdown.expectedHeaderReceived("CamelFileName", "invoice.pdf");

        Files.write(inbox.resolve("invoice.pdf"), OcrProducerTest.PDF);

        markdown.assertIsSatisfied();
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-ocr-latest",
                 "document":{"type":"document_url","document_url":"data:application/pdf;base64,%s"},
                 "pages":"0-1","table_format":"markdown"}
                """.formatted(Base64.getEncoder().encodeToString(OcrProducerTest.PDF)));
        assertThat(markdown.getExchanges().get(0).getMessage().getHeader(MistralConstants.RESPONSE)).isNotNull();
    }
}
