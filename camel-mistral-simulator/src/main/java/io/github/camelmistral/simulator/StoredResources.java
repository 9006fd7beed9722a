package io.github.camelmistral.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.simulator.resources.SimulatorState;
import io.github.camelmistral.simulator.resources.StoredFile;

/**
 * What the simulated platform holds right now, for assertions: how many files and jobs exist, and which of them
 * repeat each other, e.g. when a client retried a create call whose response it never received. Every list is in
 * creation order and is a snapshot.
 */
public final class StoredResources {

    /** A stored file without its bytes; {@code signature} is the API's content hash. */
    public record FileSummary(String id, String filename, String purpose, String source, long bytes,
            String signature) {
    }

    /** A stored job: its status on the simulator clock now, and the creation request it was made from. */
    public record JobSummary(String id, String status, JsonNode request) {
    }

    private final SimulatorState state;

    StoredResources(SimulatorState state) {
        this.state = state;
    }

    /** The live files (neither deleted nor expired), uploaded and generated ones alike. */
    public List<FileSummary> files() {
        synchronized (state) {
            List<FileSummary> files = new ArrayList<>();
            for (StoredFile file : state.files().list()) {
                files.add(new FileSummary(file.id(), file.filename(), file.purpose(), file.source(),
                        file.content().length, file.signature()));
            }
            Collections.reverse(files); // the store lists newest first
            return files;
        }
    }

    public int fileCount() {
        return files().size();
    }

    /** Groups of two or more files with the same name, purpose and content. */
    public List<List<FileSummary>> duplicateFiles() {
        return duplicates(files(), file -> Arrays.asList(file.filename(), file.purpose(), file.signature()));
    }

    public List<JobSummary> batchJobs() {
        return jobs(now -> state.batchJobs().list().stream()
                .map(job -> new JobSummary(job.id(), job.status(now), job.input())));
    }

    public int batchJobCount() {
        return batchJobs().size();
    }

    /** Groups of two or more batch jobs created from equal requests. */
    public List<List<JobSummary>> duplicateBatchJobs() {
        return duplicates(batchJobs(), JobSummary::request);
    }

    public List<JobSummary> fineTuningJobs() {
        return jobs(now -> state.fineTuningJobs().list().stream()
                .map(job -> new JobSummary(job.id(), job.status(now), job.input())));
    }

    public int fineTuningJobCount() {
        return fineTuningJobs().size();
    }

    /** Groups of two or more fine-tuning jobs created from equal requests. */
    public List<List<JobSummary>> duplicateFineTuningJobs() {
        return duplicates(fineTuningJobs(), JobSummary::request);
    }

    /** The jobs a store lists, read under the state lock with their status at the same instant. */
    private List<JobSummary> jobs(Function<Instant, Stream<JobSummary>> read) {
        synchronized (state) {
            return read.apply(state.now()).toList();
        }
    }

    private static <T> List<List<T>> duplicates(List<T> items, Function<T, Object> key) {
        Map<Object, List<T>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return groups.values().stream().filter(group -> group.size() > 1).map(List::copyOf).toList();
    }
}
