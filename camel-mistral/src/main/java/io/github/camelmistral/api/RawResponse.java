package io.github.camelmistral.api;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The 2xx answer of a call made without a typed model ({@code mistral:apiRequest}): status, content type and the body
 * as it came, free of any HTTP client type: either read whole ({@code body}) or, for a large binary answer or an event
 * stream, still on the connection ({@code stream}, which the reader must close).
 *
 * @param statusCode  the HTTP status
 * @param contentType the {@code Content-Type} header, or null
 * @param body        the body bytes; empty when there was none, or when the body is streamed
 * @param requestId   the gateway's request id, or null
 * @param stream      the body as it arrives, or null when it was read whole into {@code body}
 * @param rateLimits  the rate-limit headers of the answer ({@code x-ratelimit-*}), names in lower case; empty if none
 */
public record RawResponse(int statusCode, String contentType, byte[] body, String requestId, InputStream stream,
                          Map<String, String> rateLimits) {

    public RawResponse {
        body = body == null ? new byte[0] : body;
        rateLimits = rateLimits == null ? Map.of() : rateLimits;
    }

    /** An answer read whole. */
    public RawResponse(int statusCode, String contentType, byte[] body, String requestId) {
        this(statusCode, contentType, body, requestId, null, null);
    }

    /** Whether the body is still on the connection, in {@link #stream()}. */
    public boolean isStreamed() {
        return stream != null;
    }

    /** Whether the answer declares a {@code text/event-stream}. */
    public boolean isEventStream() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }

    /** Whether the answer declares JSON, or declares nothing (the API answers JSON unless it says otherwise). */
    public boolean isJson() {
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The body as text, in the charset of the content type (UTF-8 when it names none). */
    public String text() {
        return new String(body, charset());
    }

    private Charset charset() {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String p = parameter.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", ""));
                    } catch (IllegalArgumentException unknown) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public String toString() {
        return "RawResponse[" + statusCode + ", " + contentType + ", " + (stream != null ? "streamed"
                : body.length + " bytes") + "]";
    }
}
