package io.github.camelmistral.consumer;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.support.processor.state.MemoryStateRepository;

/** A memory repository that counts what triggers write to it: the cost a file or database repository would pay. */
class CountingStateRepository extends MemoryStateRepository {

    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();

    @Override
    public void setState(String key, String value) {
        writes.incrementAndGet();
        bytesWritten.addAndGet(value.length());
        super.setState(key, value);
    }

    long writes() {
        return writes.get();
    }

    long bytesWritten() {
        return bytesWritten.get();
    }

    void resetCounts() {
        writes.set(0);
        bytesWritten.set(0);
    }
}
