package io.github.camelmistral.example;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo found, step by step: printed as it goes, kept for the end-of-run summary and for the example's test.
 */
public class DemoReport {

    private static final Logger LOG = LoggerFactory.getLogger(DemoReport.class);

    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Records one step's result (called from the routes as a bean method). */
    public synchronized void record(String step, Object result) {
        String text = String.valueOf(result);
        results.put(step, text);
        LOG.info("[{}] {}", step, text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }

    /** Records a step that failed; the demo goes on with the next step. */
    public synchronized void fail(String step, Exception failure) {
        String text = String.valueOf(failure);
        failures.put(step, text);
        LOG.error("[{}] failed: {}", step, text.length() > 500 ? text.substring(0, 500) + "..." : text);
    }

    public synchronized Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    public void finish() {
        LOG.info("Demo finished: {} steps succeeded, {} failed", results.size(), failures.size());
        finished.countDown();
    }

    public boolean awaitFinish(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    public synchronized Map<String, String> results() {
        return Map.copyOf(results);
    }
}
