package io.github.camelmistral.producer;

import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.Exchange;

/**
 * Turns an image body into the URL form the vision API takes: an http(s) URL as is, anything else as a base64 data URL
 * whose media type is detected from the bytes. Rejects, before any request, what the API would refuse.
 */
final class ImageBodies {

    /** The vision FAQ's per-image limit (the stricter of the two figures the docs give). */
    static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;
    static final Set<String> SUPPORTED = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");

    private ImageBodies() {
    }

    static String toImageUrl(String action, Exchange exchange, String mediaType) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (body instanceof CharSequence text) {
            return urlString(action, text.toString().strip());
        }
        byte[] bytes = BinaryBodies.read(action, "image", body, MAX_IMAGE_BYTES, exchange);
        String type = mediaType != null ? mediaType : detect(bytes);
        if (type == null) {
            throw new IllegalArgumentException(action + ": the image is not PNG, JPEG, WEBP or GIF (detected from its "
                                               + "first bytes); these are the formats Mistral accepts. Set imageMediaType "
                                               + "if the detection is wrong.");
        }
        if (!SUPPORTED.contains(type)) {
            throw new IllegalArgumentException(action + ": imageMediaType " + type + " is not supported; Mistral accepts "
                                               + "image/png, image/jpeg, image/webp and image/gif");
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static String urlString(String action, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return url;
        }
        if (lower.startsWith("data:")) {
            int comma = url.indexOf(',');
            String header = comma > 0 ? lower.substring(5, comma) : "";
            String type = header.split(";")[0];
            if (!SUPPORTED.contains(type) || !header.endsWith(";base64")) {
                throw new IllegalArgumentException(action + ": the data URL must be data:image/{png|jpeg|webp|gif};base64,..."
                                                   + " but starts with " + abbreviate(url));
            }
            BinaryBodies.checkDataUrlSize(action, "image", url, MAX_IMAGE_BYTES);
            return url;
        }
        throw new IllegalArgumentException(action + " expects the image as the body: " + BinaryBodies.EXPECTED
                                           + ", or an http(s): or data: URL string, but got a String that is neither: "
                                           + abbreviate(url));
    }

    /** The media type from the file signature, or null when it is none of the supported formats. */
    static String detect(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
            && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
