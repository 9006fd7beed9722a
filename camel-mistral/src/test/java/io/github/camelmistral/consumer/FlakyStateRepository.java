package io.github.camelmistral.consumer;

import java.util.concurrent.atomic.AtomicInteger;

/** A memory repository whose writes fail on demand, as a database or a full disk would. */
class FlakyStateRepository extends CountingStateRepository {

    private final AtomicInteger failingWrites = new AtomicInteger();
    private volatile boolean refusing;

    /** The next {@code count} writes fail. */
    void failNextWrites(int count) {
        failingWrites.set(count);
    }

    /** Every write fails from now on and changes nothing, as if the process writing had died. */
    void refuseWrites() {
        refusing = true;
    }

    @Override
    public void setState(String key, String value) {
        if (refusing || failingWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("simulated outage of the state store");
        }
        super.setState(key, value);
    }
}
