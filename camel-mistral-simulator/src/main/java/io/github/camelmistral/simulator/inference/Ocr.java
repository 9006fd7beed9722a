package io.github.camelmistral.simulator.inference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.resources.FileStore;
import io.github.camelmistral.simulator.resources.SignedUrls;
import io.github.camelmistral.simulator.resources.StoredFile;

/**
 * OCR. The simulator cannot read documents, but it reads their envelope: a PDF gets one page per page object it
 * declares, an image one page, and the markdown says what was "recognised" where. Uploaded files and the simulator's
 * own signed URLs resolve to their stored bytes; unknown file ids are 404. {@code include_blocks} adds a block per
 * paragraph, {@code confidence_scores_granularity} stable scores per word of the markdown.
 */
final class Ocr {

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['.-][\\p{L}\\p{N}]+)*");

    private final FileStore files;

    Ocr(FileStore files) {
        this.files = files;
    }

    /** A document's name and bytes, as far as the simulator can know them. */
    private record Document(String name, byte[] bytes, boolean image) {
    }

    ObjectNode respond(JsonNode request) {
        String model = request.path("model").asText();
        Document document = document(request.path("document"));
        int pageCount = document.image() ? 1 : pdfPages(document.bytes());
        ObjectNode response = Json.object();
        ArrayNode pages = response.putArray("pages");
        for (int index : selectedPages(request.path("pages"), pageCount)) {
            pages.add(page(request, model, document, index, pageCount));
        }
        response.put("model", model);
        JsonNode annotationFormat = request.path("document_annotation_format");
        response.put("document_annotation", annotationFormat.isObject()
                ? Json.text(SchemaSample.of(annotationFormat.path("json_schema").path("schema"))) : null);
        response.putObject("usage_info").put("pages_processed", pages.size())
                .put("doc_size_bytes", document.bytes().length);
        return response;
    }

    private Document document(JsonNode document) {
        switch (document.path("type").asText()) {
            case "file" -> {
                StoredFile file = files.get(document.path("file_id").asText());
                return new Document(file.filename(), file.content(), file.mimetype().startsWith("image/"));
            }
            case "image_url" -> {
                JsonNode image = document.path("image_url");
                String url = image.isObject() ? image.path("url").asText() : image.asText();
                return new Document("image", bytesOf(url), true);
            }
            default -> {
                String url = document.path("document_url").asText();
                return new Document(document.path("document_name").asText("document"), bytesOf(url), false);
            }
        }
    }

    /** The bytes behind a data URL or a simulator signed URL; other links cannot be fetched (no network). */
    private byte[] bytesOf(String url) {
        if (url.startsWith("data:")) {
            int comma = url.indexOf(',');
            try {
                return Base64.getDecoder().decode(url.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("The data URL is not valid base64");
            }
        }
        Optional<String> fileId = SignedUrls.fileIdOf(url);
        return fileId.map(id -> files.get(id).content()).orElse(url.getBytes(StandardCharsets.UTF_8));
    }

    private static int pdfPages(byte[] bytes) {
        Matcher matcher = PDF_PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return Math.max(1, pages);
    }

    /** The 0-based pages asked for: all, a list, or a string such as "0-5" or "0,2-4". */
    private static List<Integer> selectedPages(JsonNode pages, int pageCount) {
        List<Integer> selected = new ArrayList<>();
        if (pages.isArray()) {
            pages.forEach(page -> selected.add(page.asInt()));
        } else if (pages.isTextual()) {
            for (String range : pages.asText().split(",")) {
                String[] bounds = range.trim().split("-");
                int from = Integer.parseInt(bounds[0].trim());
                int to = bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : from;
                for (int page = from; page <= to; page++) {
                    selected.add(page);
                }
            }
        } else {
            for (int page = 0; page < pageCount; page++) {
                selected.add(page);
            }
        }
        return selected.stream().filter(page -> page >= 0 && page < pageCount).distinct().toList();
    }

    private static ObjectNode page(JsonNode request, String model, Document document, int index, int pageCount) {
        ObjectNode page = Json.object();
        page.put("index", index);
        page.put("markdown", "# " + document.name() + " (page " + (index + 1) + " of " + pageCount + ")\n\n"
                + "Text recognised by the Mistral simulator (" + model + ") on page " + (index + 1) + ".");
        page.putArray("images");
        page.putArray("tables");
        page.putArray("hyperlinks");
        if (request.path("extract_header").asBoolean()) {
            page.put("header", "Simulated header");
        }
        if (request.path("extract_footer").asBoolean()) {
            page.put("footer", "Simulated footer, page " + (index + 1));
        }
        page.putObject("dimensions").put("dpi", 200).put("height", 2200).put("width", 1700);
        if (request.path("include_blocks").asBoolean()) {
            page.set("blocks", blocks(page.path("markdown").asText()));
        }
        String granularity = request.path("confidence_scores_granularity").asText("");
        if (granularity.equals("word") || granularity.equals("page")) {
            page.set("confidence_scores", confidenceScores(page.path("markdown").asText(), granularity.equals("word")));
        }
        return page;
    }

    /** One block per markdown paragraph, stacked down the page: a heading is a title, the rest text. */
    private static ArrayNode blocks(String markdown) {
        ArrayNode blocks = Json.array();
        int top = 100;
        for (String paragraph : markdown.split("\n\n")) {
            boolean title = paragraph.startsWith("#");
            int height = title ? 60 : 40 * (1 + paragraph.length() / 80);
            blocks.addObject().put("type", title ? "title" : "text")
                    .put("content", title ? paragraph.replaceFirst("^#+\\s*", "") : paragraph)
                    .put("top_left_x", 100).put("top_left_y", top)
                    .put("bottom_right_x", 1600).put("bottom_right_y", top + height);
            top += height + 20;
        }
        return blocks;
    }

    /**
     * Scores from 0.80 to 1 per word of the markdown, seeded by the word and its position so that they are stable; the
     * page's average and minimum derive from them. The word list itself only with {@code word} granularity.
     */
    private static ObjectNode confidenceScores(String markdown, boolean perWord) {
        ArrayNode words = Json.array();
        double sum = 0;
        double minimum = 1;
        int count = 0;
        Matcher word = WORD.matcher(markdown);
        while (word.find()) {
            double confidence = Math.round((0.8 + 0.2 * TextDigest.unit("ocr-confidence", word.group(),
                    String.valueOf(word.start()))) * 1000) / 1000.0;
            words.addObject().put("text", word.group()).put("confidence", confidence).put("start_index", word.start());
            sum += confidence;
            minimum = Math.min(minimum, confidence);
            count++;
        }
        ObjectNode scores = Json.object();
        scores.put("average_page_confidence_score", count == 0 ? 1.0 : Math.round(sum / count * 1000) / 1000.0);
        scores.put("minimum_page_confidence_score", minimum);
        if (perWord) {
            scores.set("word_confidence_scores", words);
        }
        return scores;
    }
}
