package io.github.camelmistral.api.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmistral.api.chat.ContentChunk;
import io.github.camelmistral.api.chat.ResponseFormat;

/**
 * The body of {@code POST /v1/ocr}. Only fields of the official schema exist here, so nothing the API would reject with
 * 422 can be sent; unset fields are left out of the JSON.
 *
 * @param document                    a {@link ContentChunk.DocumentUrl}, {@link ContentChunk.ImageUrl} or
 *                                    {@link ContentChunk.File}: the three chunk types the schema accepts
 * @param pages                       0-based pages: a {@code String} such as {@code "0-5"} or {@code "0,2-4"}, or a
 *                                    {@code List<Integer>}
 * @param bboxAnnotationFormat        structured output per extracted image; only {@code json_schema} is valid
 * @param documentAnnotationFormat    structured output for the whole document; only {@code json_schema} is valid
 * @param documentAnnotationPrompt    guides the document annotation; needs {@code documentAnnotationFormat}
 */
public record OcrRequest(
        String model,
        String id,
        ContentChunk document,
        Object pages,
        @JsonProperty("include_image_base64") Boolean includeImageBase64,
        @JsonProperty("image_limit") Integer imageLimit,
        @JsonProperty("image_min_size") Integer imageMinSize,
        @JsonProperty("bbox_annotation_format") ResponseFormat bboxAnnotationFormat,
        @JsonProperty("document_annotation_format") ResponseFormat documentAnnotationFormat,
        @JsonProperty("document_annotation_prompt") String documentAnnotationPrompt,
        @JsonProperty("table_format") String tableFormat,
        @JsonProperty("extract_header") Boolean extractHeader,
        @JsonProperty("extract_footer") Boolean extractFooter,
        @JsonProperty("include_blocks") Boolean includeBlocks,
        @JsonProperty("confidence_scores_granularity") String confidenceScoresGranularity) {

    /** This request with {@code model} set, for a request built without one. */
    public OcrRequest withModel(String model) {
        return new OcrRequest(model, id, document, pages, includeImageBase64, imageLimit, imageMinSize,
                bboxAnnotationFormat, documentAnnotationFormat, documentAnnotationPrompt, tableFormat, extractHeader,
                extractFooter, includeBlocks, confidenceScoresGranularity);
    }
}
