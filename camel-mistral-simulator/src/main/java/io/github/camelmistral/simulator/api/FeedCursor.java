package io.github.camelmistral.simulator.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code cursor} of the event feed: it stands for "after event number n", so it stays valid as events are
 * added and reads the events that came after the page it was given with. Clients must not read into it.
 */
final class FeedCursor {

    private static final String PREFIX = "completion-events:";

    private FeedCursor() {
    }

    static String after(long sequence) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence number the cursor reads after; no cursor reads from the start. */
    static long position(Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.get()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long sequence = Long.parseLong(text.substring(PREFIX.length()));
                if (sequence >= 0) {
                    return sequence;
                }
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: refused below like any other foreign cursor (NumberFormatException included)
        }
        throw ObservabilityErrors.of(400, "SEARCH_BAD_REQUEST", "Invalid cursor '" + cursor.get() + "'");
    }
}
