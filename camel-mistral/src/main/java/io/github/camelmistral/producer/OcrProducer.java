package io.github.camelmistral.producer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.chat.ContentChunk;
import io.github.camelmistral.api.chat.ResponseFormat;
import io.github.camelmistral.api.ocr.OcrRequest;
import io.github.camelmistral.api.ocr.OcrResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;

/**
 * {@code mistral:ocr}: reads a document or image. The document is the body (bytes, stream, file, or a URL string) or an
 * uploaded file named by its id; the pages' markdown comes back as the body and the typed {@link OcrResponse} (pages,
 * images, tables, blocks, confidence scores, annotations, usage) in the {@code CamelMistralResponse} header.
 */
public class OcrProducer extends MistralProducer {

    private static final Pattern PAGE_RANGES = Pattern.compile("\\d+(-\\d+)?(,\\d+(-\\d+)?)*");
    private static final Set<String> TABLE_FORMATS = Set.of("markdown", "html");
    private static final Set<String> CONFIDENCE_GRANULARITIES = Set.of("word", "page");

    private ResponseFormat documentAnnotationFormat;
    private ResponseFormat bboxAnnotationFormat;

    public OcrProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the options are checked once, so a mistake in them fails the route at startup rather than every message
        documentAnnotationFormat = annotationFormat("documentAnnotationSchema", "document_annotation",
                config().getDocumentAnnotationSchema());
        bboxAnnotationFormat = annotationFormat("bboxAnnotationSchema", "bbox_annotation", config().getBboxAnnotationSchema());
        if (config().getDocumentAnnotationPrompt() != null && documentAnnotationFormat == null) {
            throw new IllegalArgumentException(action() + ": documentAnnotationPrompt needs documentAnnotationSchema; the "
                                               + "API only takes the prompt together with a document annotation format");
        }
        if (config().getTableFormat() != null && !TABLE_FORMATS.contains(config().getTableFormat())) {
            throw new IllegalArgumentException(action() + ": tableFormat must be markdown or html, but is '"
                                               + config().getTableFormat() + "'");
        }
        if (config().getConfidenceScoresGranularity() != null
            && !CONFIDENCE_GRANULARITIES.contains(config().getConfidenceScoresGranularity())) {
            throw new IllegalArgumentException(action() + ": confidenceScoresGranularity must be word or page, but is '"
                                               + config().getConfidenceScoresGranularity() + "'");
        }
        requireNotNegative("imageLimit", config().getImageLimit());
        requireNotNegative("imageMinSize", config().getImageMinSize());
        pages(config().getPages(), "the pages option");
    }

    private void requireNotNegative(String option, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(action() + ": " + option + " must be 0 or more, but is " + value);
        }
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        return api().ocr().process(request(exchange))
                .thenAccept(answer -> write(exchange, answer));
    }

    private OcrRequest request(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof OcrRequest full) {
            // a complete request is sent as the author built it; only a missing model is filled in
            return full.model() != null ? full : full.withModel(model(exchange));
        }
        Object pagesHeader = exchange.getMessage().getHeader(MistralConstants.PAGES);
        Object pages = pagesHeader != null
                ? pages(pagesHeader, "the " + MistralConstants.PAGES + " header")
                : pages(config().getPages(), "the pages option");
        return new OcrRequest(model(exchange), null, document(exchange, body), pages,
                config().getIncludeImageBase64(), config().getImageLimit(), config().getImageMinSize(),
                bboxAnnotationFormat, documentAnnotationFormat, config().getDocumentAnnotationPrompt(),
                config().getTableFormat(), config().getExtractHeader(), config().getExtractFooter(),
                config().getIncludeBlocks(), config().getConfidenceScoresGranularity());
    }

    /** The uploaded file when an id is given (header, then option), else the body. */
    private ContentChunk document(Exchange exchange, Object body) {
        String fileId = option(exchange, MistralConstants.FILE_ID, String.class, config().getFileId());
        if (fileId != null && !fileId.isBlank()) {
            return new ContentChunk.File(fileId.strip());
        }
        if (body == null) {
            throw new IllegalArgumentException(action() + " needs a document: send it as the body (" + DocumentBodies.EXPECTED
                                               + ") or set the " + MistralConstants.FILE_ID + " header or the fileId "
                                               + "option to the id of an uploaded file");
        }
        try {
            return DocumentBodies.toChunk(action(), body, exchange);
        } catch (IOException e) {
            throw new RuntimeCamelException(action() + " could not read the document body: " + e.getMessage(), e);
        }
    }

    /**
     * The pages as the API takes them: a string of 0-based numbers and ranges ({@code 0-5}, {@code 0,2-4}; spaces
     * dropped) or a list of 0-based numbers; null when none are selected.
     */
    private static Object pages(Object raw, String source) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Collection<?> items) {
            List<Integer> pages = new ArrayList<>(items.size());
            for (Object item : items) {
                pages.add(pageNumber(item, source));
            }
            if (pages.isEmpty()) {
                throw new IllegalArgumentException(source + " is an empty list; leave it unset to read all pages");
            }
            return pages;
        }
        String ranges = raw.toString().replaceAll("\\s", "");
        if (!PAGE_RANGES.matcher(ranges).matches()) {
            throw new IllegalArgumentException(source + " must be 0-based page numbers and ranges such as 0-5 or 0,2-4, "
                                               + "or a List of page numbers, but is '" + raw + "'");
        }
        return ranges;
    }

    private static int pageNumber(Object item, String source) {
        String text = item == null ? "" : item.toString().strip();
        if ((item instanceof Number || item instanceof CharSequence) && text.matches("\\d{1,9}")) {
            return Integer.parseInt(text);
        }
        throw new IllegalArgumentException(source + " must list 0-based page numbers, but contains '" + item + "'");
    }

    private ResponseFormat annotationFormat(String option, String name, String schema) {
        if (schema == null) {
            return null;
        }
        // json_schema is the only format the OCR API accepts for annotations
        return ResponseFormat.jsonSchema(name, JsonSchemas.parse(getEndpoint().getCamelContext(), "the " + option + " option",
                schema), config().getJsonSchemaStrict());
    }

    private static void write(Exchange exchange, MistralResponse<OcrResponse> answer) {
        OcrResponse response = answer.body();
        Message message = exchange.getMessage();
        message.setBody(response.markdown());
        writeResponseHeaders(message, answer, null, response.model());
        if (response.usageInfo() != null && response.usageInfo().pagesProcessed() != null) {
            message.setHeader(MistralConstants.PAGES_PROCESSED, response.usageInfo().pagesProcessed());
        }
        if (response.documentAnnotation() != null) {
            message.setHeader(MistralConstants.DOCUMENT_ANNOTATION, response.documentAnnotation());
        }
    }
}
