package io.github.camelmistral.producer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;

/**
 * Turns the date-times route authors have at hand into the ISO-8601 instants the list filters ({@code created_after},
 * {@code created_before}) take. Always written in UTC with {@code Z}: an offset's {@code +} would need encoding.
 */
final class IsoInstants {

    private IsoInstants() {
    }

    /**
     * An {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Date}, {@code Calendar}, a number of
     * Unix seconds (as the API's own {@code created_at}) or an ISO-8601 string (instant, date-time with offset, or a
     * date meaning its start in UTC); null stays null.
     */
    static String format(String source, Object value) {
        Instant instant = toInstant(source, value);
        return instant == null ? null : instant.toString();
    }

    private static Instant toInstant(String source, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant();
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        if (value instanceof CharSequence text && !text.toString().isBlank()) {
            return parse(source, text.toString().strip());
        }
        throw invalid(source, value, null);
    }

    private static Instant parse(String source, String text) {
        try {
            TemporalAccessor parsed = text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text);
            return Instant.from(parsed);
        } catch (DateTimeParseException e) {
            throw invalid(source, text, e);
        }
    }

    private static IllegalArgumentException invalid(String source, Object value, Exception cause) {
        return new IllegalArgumentException("The " + source + " must be an ISO-8601 date-time such as "
                                            + "2026-01-31T12:00:00Z (or an Instant, a Date, Unix seconds), but is "
                                            + value.getClass().getSimpleName() + " '" + value + "'", cause);
    }
}
