package io.github.camelmistral.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The two forms of a {@code Retry-After} header (RFC 9110, section 10.2.3): delta-seconds or an HTTP date. */
final class RetryAfter {

    /** IMF-fixdate, the preferred HTTP date form: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private RetryAfter() {
    }

    /**
     * The header value for a wait of {@code wait}, rounded up to whole seconds. A date is computed from the wall
     * clock, which the client compares it with, never from the adjustable simulator clock.
     */
    static String of(Duration wait, boolean asDate) {
        long seconds = (wait.toMillis() + 999) / 1000;
        if (!asDate) {
            return String.valueOf(seconds);
        }
        Instant at = Instant.now().plusMillis(wait.toMillis());
        Instant wholeSecond = at.truncatedTo(ChronoUnit.SECONDS);
        return HTTP_DATE.format(wholeSecond.equals(at) ? at : wholeSecond.plusSeconds(1));
    }
}
