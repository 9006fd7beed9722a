package io.github.camelmistral.simulator.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelmistral.simulator.SimulatorClock;
import io.github.camelmistral.simulator.http.ApiException;

/** Uploaded and generated files. A deleted or expired file is gone: reading it again is a 404. */
public final class FileStore {

    private final Map<String, StoredFile> files = new LinkedHashMap<>();
    private final SimulatorClock clock;

    public FileStore(SimulatorClock clock) {
        this.clock = clock;
    }

    public StoredFile add(StoredFile file) {
        files.put(file.id(), file);
        return file;
    }

    public Optional<StoredFile> find(String id) {
        StoredFile file = files.get(id);
        boolean expired = file != null && file.expiresAt() != null && file.expiresAt() <= clock.epochSecond();
        return expired ? Optional.empty() : Optional.ofNullable(file);
    }

    public StoredFile get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("No file found with id '" + id + "'"));
    }

    /** Live files, newest first (the API documents no order; newest first is what clients see in practice). */
    public List<StoredFile> list() {
        List<StoredFile> live = new ArrayList<>();
        files.keySet().forEach(id -> find(id).ifPresent(live::add));
        Collections.reverse(live);
        return live;
    }

    public StoredFile delete(String id) {
        StoredFile file = get(id);
        files.remove(id);
        return file;
    }

    public void clear() {
        files.clear();
    }
}
