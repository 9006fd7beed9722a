package io.github.camelmistral.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import io.github.camelmistral.simulator.http.SimRequest;

/**
 * Every request the simulator received since the last reset, in arrival order, and how many were being handled at
 * once: the server's view of a client's concurrency limit and request rate. A request is in flight from the moment
 * its handling starts until just before the last bytes of its response are written (or its connection is dropped),
 * delays and slow answers included. Ending just before, not after, means a client can never receive a response
 * while the server still counts it, so a client that waits for each answer is never seen overlapping itself.
 */
public final class RequestJournal {

    private final List<RecordedRequest> received = new ArrayList<>();
    private final Map<String, Integer> inFlightByPath = new HashMap<>();
    private final Map<String, Integer> peakByPath = new HashMap<>();
    private int inFlight;
    private int peak;
    // arrival instants are this origin plus monotonic nanoseconds, so wall-clock jumps do not distort rates
    private final Instant origin = Instant.now();
    private final long originNanos = System.nanoTime();

    /** One request being handled; it stays in flight until {@link #leave()}. */
    final class Visit {

        private final String path;
        private boolean left;

        private Visit(String path) {
            this.path = path;
        }

        /** The request's response is complete (or abandoned); calling it again does nothing. */
        void leave() {
            synchronized (RequestJournal.this) {
                if (!left) {
                    left = true;
                    inFlight--;
                    inFlightByPath.merge(path, -1, Integer::sum);
                }
            }
        }
    }

    /** Records the request and counts it in flight. */
    synchronized Visit arrive(SimRequest request, Instant receivedAt) {
        Instant arrivedAt = origin.plusNanos(System.nanoTime() - originNanos);
        received.add(new RecordedRequest(request, receivedAt, arrivedAt));
        inFlight++;
        peak = Math.max(peak, inFlight);
        int onPath = inFlightByPath.merge(request.path(), 1, Integer::sum);
        peakByPath.merge(request.path(), onPath, Math::max);
        return new Visit(request.path());
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(received);
    }

    /** The requests to {@code path}, any method. */
    public synchronized List<RecordedRequest> to(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** The requests with {@code method} to {@code path}. */
    public synchronized List<RecordedRequest> to(String method, String path) {
        return received.stream()
                .filter(request -> request.method().equalsIgnoreCase(method) && request.path().equals(path)).toList();
    }

    public synchronized RecordedRequest last() {
        if (received.isEmpty()) {
            throw new NoSuchElementException("no request received");
        }
        return received.get(received.size() - 1);
    }

    public synchronized int count() {
        return received.size();
    }

    /** How many requests reached {@code path}, any method. */
    public synchronized int count(String path) {
        return to(path).size();
    }

    /** How many requests with {@code method} reached {@code path}. */
    public synchronized int count(String method, String path) {
        return to(method, path).size();
    }

    /** The number of requests per path, paths in alphabetical order. */
    public synchronized Map<String, Integer> countsByPath() {
        Map<String, Integer> counts = new TreeMap<>();
        received.forEach(request -> counts.merge(request.path(), 1, Integer::sum));
        return counts;
    }

    /** How many requests are being handled right now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** The most requests handled at the same time since the last reset, all paths together. */
    public synchronized int peakInFlight() {
        return peak;
    }

    /** The most requests to {@code path} handled at the same time since the last reset. */
    public synchronized int peakInFlight(String path) {
        return peakByPath.getOrDefault(path, 0);
    }

    /** When each request to {@code path} arrived ({@link RecordedRequest#arrivedAt()}), in arrival order. */
    public synchronized List<Instant> arrivals(String path) {
        return to(path).stream().map(RecordedRequest::arrivedAt).toList();
    }

    /**
     * The most requests to {@code path} that arrived within any span of {@code window}: for a client limited to
     * {@code r} requests per second, {@code maxArrivalsWithin(path, Duration.ofSeconds(1))} stays at or under
     * {@code r} (plus whatever burst its limiter allows).
     */
    public synchronized int maxArrivalsWithin(String path, Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        List<Instant> arrivals = arrivals(path);
        int most = 0;
        int first = 0;
        for (int last = 0; last < arrivals.size(); last++) {
            Instant limit = arrivals.get(last).minus(window);
            while (!arrivals.get(first).isAfter(limit)) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /** Forgets the requests; the peaks restart from what is in flight now. */
    public synchronized void clear() {
        received.clear();
        peak = inFlight;
        peakByPath.clear();
        inFlightByPath.forEach((path, count) -> {
            if (count > 0) {
                peakByPath.put(path, count);
            }
        });
    }
}
