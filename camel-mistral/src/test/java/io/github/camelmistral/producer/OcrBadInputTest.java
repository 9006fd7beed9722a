package io.github.camelmistral.producer;

import java.io.File;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Input the OCR API would refuse fails the exchange with a message saying what is expected; nothing is sent. */
class OcrBadInputTest extends MistralTestSupport {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    Path tmp;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ocr").to(mistral("ocr"));
            }
        };
    }

    /** A file just over the limit that takes no disk space and is never read into memory. */
    private File sparseFileOver50Mb() throws Exception {
        File file = tmp.resolve("huge.pdf").toFile();
        try (RandomAccessFile raf = new RandomAccessFile(file, "rw")) {
            raf.setLength(FIFTY_MB + 1);
        }
        return file;
    }

    @Test
    void aDocumentOver50MbIsRefusedBeforeReadingIt() throws Exception {
        File huge = sparseFileOver50Mb();

        for (Object body : List.of(huge, huge.toPath())) {
            Exchange result = template.request("direct:ocr", e -> e.getIn().setBody(body));

            assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mistral:ocr: the document is 50.0 MB, over the API's limit of 50 MB per document");
        }
        assertNoRequestSent();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of(42, "mistral:ocr expects the document as the body: byte[], InputStream, File, Path or a "
                                 + "Camel GenericFile, or an http(s): or data: URL string, but got java.lang.Integer"),
                Arguments.of(null, "mistral:ocr needs a document: send it as the body (byte[], InputStream, File, Path or "
                                   + "a Camel GenericFile (a PDF or a PNG, JPEG, WEBP or GIF image), or an http(s): or "
                                   + "data: URL string) or set the CamelMistralFileId header or the fileId option to the "
                                   + "id of an uploaded file"),
                Arguments.of("invoice.pdf", "mistral:ocr expects the document as the body: byte[], InputStream, File, "
                                            + "Path or a Camel GenericFile (a PDF or a PNG, JPEG, WEBP or GIF image), or an "
                                            + "http(s): or data: URL string, but got a String that is no URL: invoice.pdf"),
                Arguments.of("data:application/pdf,JVBERi0=", "mistral:ocr: the data URL must be "
                                                             + "data:<media type>;base64,... but starts with "
                                                             + "data:application/pdf,JVBERi0="),
                Arguments.of("PK\u0003\u0004 a DOCX is a zip".getBytes(StandardCharsets.ISO_8859_1),
                        "mistral:ocr: the document is neither a PDF nor a PNG, JPEG, WEBP or GIF image (detected from its "
                        + "first bytes). Send other formats (DOCX, PPTX, ...) as an http(s) URL, or upload them and set "
                        + "the file id."),
                Arguments.of(new byte[0], "mistral:ocr: the document is empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badBodies")
    void aBodyThatIsNoDocumentIsRefused(Object body, String message) {
        Exchange result = template.request("direct:ocr", e -> e.getIn().setBody(body));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertNoRequestSent();
    }

    @ParameterizedTest(name = "pages header {0}")
    @MethodSource("badPages")
    void badPagesInTheHeaderAreRefused(Object pages, String message) {
        Exchange result = template.request("direct:ocr", e -> {
            e.getIn().setBody(OcrProducerTest.PDF);
            e.getIn().setHeader(MistralConstants.PAGES, pages);
        });

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertNoRequestSent();
    }

    static Stream<Arguments> badPages() {
        return Stream.of(
                Arguments.of("first", "the CamelMistralPages header must be 0-based page numbers and ranges such as 0-5 "
                                      + "or 0,2-4, or a List of page numbers, but is 'first'"),
                Arguments.of(List.of(1, -2), "the CamelMistralPages header must list 0-based page numbers, but contains '-2'"),
                Arguments.of(List.of(), "the CamelMistralPages header is an empty list; leave it unset to read all pages"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionsFailTheRouteAtStartup(String options, String message) {
        assertThat(startupFailureOf(mistral("ocr", options))).hasMessageContaining(message);
        assertNoRequestSent();
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("documentAnnotationPrompt=Extract the total.",
                        "mistral:ocr: documentAnnotationPrompt needs documentAnnotationSchema"),
                Arguments.of("tableFormat=csv", "mistral:ocr: tableFormat must be markdown or html, but is 'csv'"),
                Arguments.of("pages=1..3", "the pages option must be 0-based page numbers and ranges"),
                Arguments.of("documentAnnotationSchema=resource:classpath:schemas/missing.json",
                        "Cannot read the JSON schema of the documentAnnotationSchema option from 'classpath:schemas/missing.json'"),
                Arguments.of("bboxAnnotationSchema=RAW({not json})",
                        "The JSON schema of the bboxAnnotationSchema option is not a JSON object"));
    }
}
