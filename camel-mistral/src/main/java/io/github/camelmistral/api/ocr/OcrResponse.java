package io.github.camelmistral.api.ocr;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /v1/ocr}. Fields the API adds beyond these are ignored.
 *
 * @param documentAnnotation the document annotation as JSON text, when a document annotation format was sent
 */
public record OcrResponse(
        List<Page> pages,
        String model,
        @JsonProperty("document_annotation") String documentAnnotation,
        @JsonProperty("usage_info") UsageInfo usageInfo) {

    /**
     * The markdown of all pages in {@code index} order (the API does not promise the array is sorted), separated by a
     * blank line. Trailing whitespace of each page is dropped so that pages are separated by exactly one blank line.
     */
    @JsonIgnore
    public String markdown() {
        if (pages == null) {
            return "";
        }
        return pages.stream()
                .sorted(Comparator.comparing(Page::index, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Page::markdown)
                .filter(Objects::nonNull)
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n\n"));
    }

    /**
     * One page. {@code index} is used exactly as returned: the schema says 0-based, the spec's example counts from 1.
     * Images are referenced in the markdown as {@code ![img-0.jpeg](img-0.jpeg)}; with a table format, tables as
     * {@code [tbl-0.html](tbl-0.html)} placeholders whose content is in {@link #tables()}.
     */
    public record Page(
            Integer index,
            String markdown,
            List<Image> images,
            List<Table> tables,
            List<String> hyperlinks,
            String header,
            String footer,
            Dimensions dimensions,
            List<Block> blocks,
            @JsonProperty("confidence_scores") ConfidenceScores confidenceScores) {
    }

    /**
     * A content block of a page, in reading order, when {@code include_blocks} was sent.
     *
     * @param type    {@code text}, {@code title}, {@code list}, {@code table}, {@code image}, {@code equation},
     *                {@code caption}, {@code code}, {@code references}, {@code aside_text}, {@code header},
     *                {@code footer} or {@code signature} (kept as sent, so new types pass through)
     * @param tableId for a table block, the id of its entry in the page's {@link Page#tables()}, when tables are
     *                extracted
     * @param imageId for an image block, the id of its entry in the page's {@link Page#images()}
     */
    public record Block(
            String type,
            String content,
            @JsonProperty("top_left_x") Integer topLeftX,
            @JsonProperty("top_left_y") Integer topLeftY,
            @JsonProperty("bottom_right_x") Integer bottomRightX,
            @JsonProperty("bottom_right_y") Integer bottomRightY,
            @JsonProperty("table_id") String tableId,
            @JsonProperty("image_id") String imageId) {
    }

    /**
     * How sure the OCR is of a page, 0 to 1, when {@code confidence_scores_granularity} was sent; the word scores only
     * with {@code word}.
     */
    public record ConfidenceScores(
            @JsonProperty("average_page_confidence_score") Double averagePageConfidenceScore,
            @JsonProperty("minimum_page_confidence_score") Double minimumPageConfidenceScore,
            @JsonProperty("word_confidence_scores") List<WordConfidence> wordConfidenceScores) {
    }

    /** The confidence in one word, which starts at {@code startIndex} of the page's markdown. */
    public record WordConfidence(
            String text,
            Double confidence,
            @JsonProperty("start_index") Integer startIndex) {
    }

    /**
     * An image found on a page, with its bounding box in page pixels.
     *
     * @param imageBase64     the image as a data URL, when {@code include_image_base64} was sent
     * @param imageAnnotation the bounding box annotation as JSON text, when a bbox annotation format was sent
     */
    public record Image(
            String id,
            @JsonProperty("top_left_x") Integer topLeftX,
            @JsonProperty("top_left_y") Integer topLeftY,
            @JsonProperty("bottom_right_x") Integer bottomRightX,
            @JsonProperty("bottom_right_y") Integer bottomRightY,
            @JsonProperty("image_base64") String imageBase64,
            @JsonProperty("image_annotation") String imageAnnotation) {
    }

    /**
     * A table extracted from a page when a table format was requested; {@code format} is markdown or html. The word
     * scores of its content come with {@code confidence_scores_granularity=word}.
     */
    public record Table(
            String id,
            String content,
            String format,
            @JsonProperty("word_confidence_scores") List<WordConfidence> wordConfidenceScores) {

        /** A table without word scores. */
        public Table(String id, String content, String format) {
            this(id, content, format, null);
        }
    }

    /** The size of the page's rendered image. */
    public record Dimensions(Integer dpi, Integer height, Integer width) {
    }

    /** What the call was billed for. */
    public record UsageInfo(
            @JsonProperty("pages_processed") Integer pagesProcessed,
            @JsonProperty("doc_size_bytes") Long docSizeBytes) {
    }
}
