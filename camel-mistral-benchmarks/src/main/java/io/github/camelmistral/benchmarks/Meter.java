package io.github.camelmistral.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * What a round costs the whole client JVM: process CPU (every thread, including the HTTP client's I/O threads, not
 * wall time) and bytes allocated, summed over the live threads. Threads that end during a round take their
 * allocations with them; the clients measured here keep their I/O threads for their lifetime.
 */
final class Meter {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long cpuNanos = OS.getProcessCpuTime();
    private final long allocatedBytes = allocatedBytes();
    private final long wallNanos = System.nanoTime();

    private Meter() {
    }

    static Meter start() {
        return new Meter();
    }

    long cpuNanos() {
        return OS.getProcessCpuTime() - cpuNanos;
    }

    long allocatedBytesSince() {
        return allocatedBytes() - allocatedBytes;
    }

    long wallNanos() {
        return System.nanoTime() - wallNanos;
    }

    static void resetPeakThreads() {
        THREADS.resetPeakThreadCount();
    }

    static int peakThreads() {
        return THREADS.getPeakThreadCount();
    }

    /** Starts a new peak for {@link #peakHeapMib()}. */
    static void resetPeakHeap() {
        heapPools().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The old generation's peak since {@link #resetPeakHeap()}: what outlived young collections, i.e. what the
     * work kept (young-generation peaks are garbage waiting for a collection, whatever the work).
     */
    static double peakOldGenMib() {
        return heapPools().filter(pool -> pool.getName().contains("Old Gen") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024);
    }

    private static java.util.stream.Stream<java.lang.management.MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP);
    }

    private static long allocatedBytes() {
        long total = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }
}
