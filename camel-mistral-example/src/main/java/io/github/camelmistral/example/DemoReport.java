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
    private final CountDownLatch stepsDone = new CountDownLatch(1);
    private final CountDownLatch batchDone;

    /**
     * @param waitForBatch whether the end of the demo includes the batch job's results (on the simulator it takes
     *                     seconds; on the real API it may take hours, so the demo does not wait there)
     */
    public DemoReport(boolean waitForBatch) {
        this.batchDone = new CountDownLatch(waitForBatch ? 1 : 0);
    }

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
        if ("batch".equals(step)) {
            batchDone.countDown(); // no job, so no results to wait for
        }
    }

    /** Called by the batch trigger route once the succeeded job's results have been logged. */
    public void batchFinished() {
        batchDone.countDown();
    }

    public synchronized Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    public void finish() {
        stepsDone.countDown();
    }

    /** Waits until every step ran and, where awaited, the batch job's results arrived. */
    public boolean awaitFinish(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        boolean done = stepsDone.await(timeout, unit)
                       && batchDone.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        LOG.info("Demo finished: {} steps succeeded, {} failed", results().size(), failures().size());
        return done;
    }

    public synchronized Map<String, String> results() {
        return Map.copyOf(results);
    }
}
