package io.github.camelmistral.simulator.resources;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers that are valid where the API has UUIDs, yet deterministic: the n-th id handed out after a reset is
 * always the same, so a test run can be replayed exactly.
 */
public final class Ids {

    private final AtomicLong sequence = new AtomicLong();

    public String uuid(String kind) {
        byte[] seed = ("mistral-simulator/" + kind + "/" + sequence.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
        return UUID.nameUUIDFromBytes(seed).toString();
    }

    /** The 32-hex-digit form completion ids use. */
    public String hex(String kind) {
        return uuid(kind).replace("-", "");
    }

    public void reset() {
        sequence.set(0);
    }
}
