package io.github.camelmistral.producer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import io.github.camelmistral.api.chat.ContentChunk;
import org.apache.camel.Exchange;

/**
 * Turns a document body (a PDF or an image) into the chunk the OCR API takes: bytes as a base64 data URL in a
 * {@code document_url} chunk for a PDF or an {@code image_url} chunk for an image (the type is detected from the bytes),
 * URL strings as they are. Rejects, before any request, what the API would refuse.
 */
final class DocumentBodies {

    /** The documented limit of OCR documents. */
    static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
    static final String EXPECTED = BinaryBodies.EXPECTED + " (a PDF or a PNG, JPEG, WEBP or GIF image), or an http(s): "
                                   + "or data: URL string";

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the signature anywhere in the first KB, after junk some generators write first. */
    private static final int PDF_SIGNATURE_WINDOW = 1024;

    private DocumentBodies() {
    }

    static ContentChunk toChunk(String action, Object body, Exchange exchange) throws IOException {
        if (body instanceof CharSequence text) {
            return urlChunk(action, text.toString().strip());
        }
        byte[] bytes = BinaryBodies.read(action, "document", body, MAX_DOCUMENT_BYTES, exchange);
        if (isPdf(bytes)) {
            return new ContentChunk.DocumentUrl("data:application/pdf;base64," + Base64.getEncoder().encodeToString(bytes),
                    null);
        }
        String imageType = ImageBodies.detect(bytes);
        if (imageType != null) {
            return ContentChunk.imageUrl("data:" + imageType + ";base64," + Base64.getEncoder().encodeToString(bytes));
        }
        throw new IllegalArgumentException(action + ": the document is neither a PDF nor a PNG, JPEG, WEBP or GIF image "
                                           + "(detected from its first bytes). Send other formats (DOCX, PPTX, ...) as "
                                           + "an http(s) URL, or upload them and set the file id.");
    }

    private static ContentChunk urlChunk(String action, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return isImagePath(lower) ? ContentChunk.imageUrl(url) : new ContentChunk.DocumentUrl(url, null);
        }
        if (lower.startsWith("data:")) {
            int comma = url.indexOf(',');
            String header = comma > 0 ? lower.substring(5, comma) : "";
            if (!header.endsWith(";base64")) {
                throw new IllegalArgumentException(action + ": the data URL must be data:<media type>;base64,... but "
                                                   + "starts with " + ImageBodies.abbreviate(url));
            }
            BinaryBodies.checkDataUrlSize(action, "document", url, MAX_DOCUMENT_BYTES);
            return header.startsWith("image/") ? ContentChunk.imageUrl(url) : new ContentChunk.DocumentUrl(url, null);
        }
        throw new IllegalArgumentException(action + " expects the document as the body: " + EXPECTED + ", but got a "
                                           + "String that is no URL: " + ImageBodies.abbreviate(url));
    }

    /** Whether a URL's path ends like an image file: the API wants those as image_url chunks. */
    private static boolean isImagePath(String lowerUrl) {
        String path = lowerUrl.replaceFirst("[?#].*$", "");
        return path.endsWith(".png") || path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".webp")
               || path.endsWith(".gif") || path.endsWith(".avif");
    }

    private static boolean isPdf(byte[] bytes) {
        int last = Math.min(bytes.length, PDF_SIGNATURE_WINDOW) - PDF_SIGNATURE.length;
        for (int start = 0; start <= last; start++) {
            if (Arrays.equals(bytes, start, start + PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length)) {
                return true;
            }
        }
        return false;
    }
}
