package io.github.camelmistral.simulator.resources;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.JobOutcome;
import io.github.camelmistral.simulator.http.Json;

/**
 * A batch job: QUEUED, then RUNNING, then its outcome, on the simulator clock. Requests complete at an even pace
 * while it runs; its results are produced once, when it reaches its terminal status (see {@link BatchJobStore}).
 */
public final class BatchJob {

    public static final Set<String> TERMINAL = Set.of("SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED");
    public static final List<String> STATUSES = List.of("QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT_EXCEEDED",
            "CANCELLATION_REQUESTED", "CANCELLED");

    /** One request of the batch; {@code problem} is set when its input line could not be read. */
    public record Request(String customId, JsonNode body, String problem) {
    }

    /** What processing produced: the result lines, and the files they were written to. */
    record Results(ArrayNode lines, int succeeded, int failed, String outputFile, String errorFile) {
    }

    private final String id;
    private final ObjectNode input;
    private final List<String> inputFiles;
    private final List<Request> requests;
    private final Instant createdAt;
    private final JobOutcome outcome;
    private final Duration runningFor;
    private final JobTimeline timeline;
    private Results results;

    BatchJob(String id, ObjectNode input, List<String> inputFiles, List<Request> requests, Instant createdAt,
            JobOutcome outcome, Duration queuedFor, Duration runningFor) {
        this.id = id;
        this.input = input;
        this.inputFiles = List.copyOf(inputFiles);
        this.requests = List.copyOf(requests);
        this.createdAt = createdAt;
        this.outcome = outcome;
        this.runningFor = runningFor;
        Instant started = createdAt.plus(queuedFor);
        this.timeline = new JobTimeline("QUEUED", createdAt).then("RUNNING", started)
                .endWith(outcome.name(), started.plus(runningFor));
    }

    public String id() {
        return id;
    }

    public String endpoint() {
        return input.path("endpoint").asText();
    }

    /** The job's model, which bodies may leave out. */
    public String model() {
        return input.path("model").asText(null);
    }

    public String agentId() {
        return input.path("agent_id").asText(null);
    }

    public JsonNode metadata() {
        return input.path("metadata");
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A copy of the creation request as the job stored it. */
    public JsonNode input() {
        return input.deepCopy();
    }

    public List<Request> requests() {
        return requests;
    }

    public String status(Instant now) {
        return timeline.statusAt(now);
    }

    boolean isSettled() {
        return results != null;
    }

    void settle(Results produced) {
        results = produced;
    }

    /** When the job reached its terminal status, if it has by {@code now}. */
    Optional<Instant> completedAt(Instant now) {
        JobTimeline.Transition current = timeline.current(now);
        return TERMINAL.contains(current.status()) ? Optional.of(current.at()) : Optional.empty();
    }

    public void cancel(Instant now) {
        if (!TERMINAL.contains(status(now)) && !"CANCELLATION_REQUESTED".equals(status(now))) {
            timeline.cancel(now);
        }
    }

    /**
     * How many requests were done by {@code now}. A successful job gets through all of them; a timed-out or
     * cancelled one through half of them in its running window (less when cancelled early); a failed one none.
     */
    int completedRequests(Instant now) {
        Optional<Instant> started = timeline.reachedAt("RUNNING", now);
        if (started.isEmpty()) {
            return 0;
        }
        int planned = switch (outcome) {
            case SUCCESS -> requests.size();
            case TIMEOUT_EXCEEDED, CANCELLED -> requests.size() / 2;
            default -> 0;
        };
        Instant stopped = timeline.reachedAt("CANCELLATION_REQUESTED", now).or(() -> completedAt(now)).orElse(now);
        long elapsed = Duration.between(started.get(), stopped).toMillis();
        long window = runningFor.toMillis();
        return window <= 0 ? planned : (int) Math.min(planned, planned * elapsed / window);
    }

    public ObjectNode toJson(Instant now, boolean inlineOutputs) {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("object", "batch");
        ArrayNode files = json.putArray("input_files");
        inputFiles.forEach(files::add);
        json.set("metadata", input.get("metadata"));
        json.put("endpoint", endpoint());
        json.put("model", model());
        json.put("agent_id", agentId());
        json.put("output_file", results == null ? null : results.outputFile());
        json.put("error_file", results == null ? null : results.errorFile());
        json.set("errors", errors(now));
        if (inlineOutputs) {
            json.set("outputs", results == null ? Json.array() : results.lines());
        }
        json.put("status", status(now));
        json.put("created_at", createdAt.getEpochSecond());
        json.put("total_requests", requests.size());
        int completed = results != null ? results.succeeded() + results.failed() : completedRequests(now);
        json.put("completed_requests", completed);
        json.put("succeeded_requests", results != null ? results.succeeded() : completed);
        json.put("failed_requests", results != null ? results.failed() : 0);
        json.put("started_at", timeline.reachedAt("RUNNING", now).map(Instant::getEpochSecond).orElse(null));
        json.put("completed_at", completedAt(now).map(Instant::getEpochSecond).orElse(null));
        return json;
    }

    private ArrayNode errors(Instant now) {
        ArrayNode errors = Json.array();
        String status = status(now);
        int notDone = requests.size() - completedRequests(now);
        if (status.equals("FAILED")) {
            errors.addObject().put("message", "Simulated batch failure (the job's scripted outcome is FAILED)")
                    .put("count", requests.size());
        } else if (status.equals("TIMEOUT_EXCEEDED")) {
            errors.addObject().put("message", "Batch job exceeded its timeout of "
                    + input.path("timeout_hours").asInt(24) + " hours").put("count", notDone);
        }
        if (results != null && results.failed() > 0) {
            errors.addObject().put("message", "Some requests failed; see the error file").put("count",
                    results.failed());
        }
        return errors;
    }
}
