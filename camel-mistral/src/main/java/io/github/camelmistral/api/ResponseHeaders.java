package io.github.camelmistral.api;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/**
 * What the transport reads from response headers besides the body: the gateway's request id, the rate-limit headers
 * (any {@code x-ratelimit-*} or {@code ratelimit*} header, as API-NOTES.md lists the names seen over time) and
 * {@code Retry-After}.
 */
final class ResponseHeaders {

    private static final String[] REQUEST_ID_HEADERS = { "mistral-correlation-id", "x-kong-request-id", "x-request-id" };

    private ResponseHeaders() {
    }

    /** The gateway's request id of a response, or null. */
    static String requestId(HttpResponse response) {
        for (String name : REQUEST_ID_HEADERS) {
            Header header = response.getFirstHeader(name);
            if (header != null && header.getValue() != null && !header.getValue().isBlank()) {
                return header.getValue();
            }
        }
        return null;
    }

    /** The rate-limit headers as sent, names in lower case; empty when there are none. */
    static Map<String, String> rateLimits(HttpResponse response) {
        Map<String, String> limits = null;
        for (Header header : response.getHeaders()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (name.startsWith("x-ratelimit") || name.startsWith("ratelimit")) {
                if (limits == null) {
                    limits = new LinkedHashMap<>();
                }
                limits.put(name, header.getValue());
            }
        }
        return limits == null ? Map.of() : Collections.unmodifiableMap(limits);
    }

    /**
     * The {@code Retry-After} of a response as a delay from now: delta-seconds or an HTTP date; null when absent or
     * unreadable (a date in the past reads as zero).
     */
    static Duration retryAfter(HttpResponse response, Clock clock) {
        Header header = response.getFirstHeader("Retry-After");
        return header == null ? null : parseRetryAfter(header.getValue(), clock);
    }

    static Duration parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            double seconds = Double.parseDouble(text);
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(clock.instant(), at.toInstant());
                return delay.isNegative() ? Duration.ZERO : delay;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
