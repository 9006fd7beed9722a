package io.github.camelmistral.consumer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The date-times the API gives as ISO-8601 text (observability events, library documents), as instants. */
final class ApiTimes {

    private ApiTimes() {
    }

    /**
     * The instant of a date-time, or null when it is missing or not a date-time: compared as text,
     * {@code 10:00:00.5Z} would sort before {@code 10:00:00Z} and {@code +02:00} offsets would sort by wall clock.
     */
    static Instant instantOf(String dateTime) {
        if (dateTime == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                // no offset at all: the API's times are UTC
                return LocalDateTime.parse(dateTime).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADateTime) {
                return null;
            }
        }
    }
}
