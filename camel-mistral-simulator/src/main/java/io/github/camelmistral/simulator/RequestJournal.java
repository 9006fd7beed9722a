package io.github.camelmistral.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Every request the simulator received since the last reset, in arrival order. */
public final class RequestJournal {

    private final List<RecordedRequest> received = new ArrayList<>();

    synchronized void record(RecordedRequest request) {
        received.add(request);
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

    public synchronized void clear() {
        received.clear();
    }
}
