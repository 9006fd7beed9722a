package io.github.camelmistral.simulator.resources;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.JobOutcome;
import io.github.camelmistral.simulator.JobScript;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/** Batch jobs, and the result files they leave behind when they end. */
public final class BatchJobStore {

    /** A metadata key that picks the job's outcome, for clients that cannot reach the Java API (standalone use). */
    public static final String OUTCOME_METADATA_KEY = "simulator_outcome";

    private final Map<String, BatchJob> jobs = new LinkedHashMap<>();
    private final FileStore files;
    private final Ids ids;

    public BatchJobStore(FileStore files, Ids ids) {
        this.files = files;
        this.ids = ids;
    }

    public BatchJob create(ObjectNode input, Instant now, JobScript script) {
        boolean fromFiles = input.path("input_files").isArray();
        boolean inline = input.path("requests").isArray();
        if (fromFiles == inline) {
            throw ApiException.badRequest("Provide exactly one of input_files or requests");
        }
        List<String> inputFiles = new ArrayList<>();
        List<BatchJob.Request> requests = new ArrayList<>();
        if (fromFiles) {
            for (JsonNode fileId : input.get("input_files")) {
                inputFiles.add(fileId.asText());
                readRequests(files.get(fileId.asText()), requests);
            }
        } else {
            input.get("requests").forEach(request -> requests.add(request(request)));
        }
        JobOutcome outcome = script.nextOutcome(JobOutcome.parse(input.path("metadata").path(OUTCOME_METADATA_KEY)
                .asText(null)));
        BatchJob job = new BatchJob(ids.uuid("batch"), input, inputFiles, requests, now, outcome, script.queuedFor(),
                script.runningFor());
        jobs.put(job.id(), job);
        return job;
    }

    /** One request per non-blank line of a batch file: {@code {"custom_id": "...", "body": {...}}}. */
    private static void readRequests(StoredFile file, List<BatchJob.Request> requests) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        text.lines().filter(line -> !line.isBlank()).forEach(line -> {
            JsonNode parsed = Json.parseLenient(line);
            requests.add(parsed == null ? new BatchJob.Request(null, null, "The line is not valid JSON")
                    : request(parsed));
        });
    }

    private static BatchJob.Request request(JsonNode entry) {
        String customId = entry.path("custom_id").asText(null);
        JsonNode body = entry.get("body");
        return body != null && body.isObject() ? new BatchJob.Request(customId, body, null)
                : new BatchJob.Request(customId, null, "The request has no 'body' object");
    }

    public BatchJob get(String id) {
        BatchJob job = jobs.get(id);
        if (job == null) {
            throw ApiException.notFound("Batch job '" + id + "' not found");
        }
        return job;
    }

    public List<BatchJob> list() {
        return new ArrayList<>(jobs.values());
    }

    /** Produces the results of every job that has ended by {@code now} and was not processed yet. */
    public void settle(Instant now, BatchRunner runner) {
        for (BatchJob job : jobs.values()) {
            job.completedAt(now).filter(at -> !job.isSettled()).ifPresent(at -> job.settle(process(job, at, runner)));
        }
    }

    private BatchJob.Results process(BatchJob job, Instant completedAt, BatchRunner runner) {
        ArrayNode lines = Json.array();
        StringBuilder output = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        int done = job.completedRequests(completedAt);
        int failed = 0;
        for (int i = 0; i < done; i++) {
            ObjectNode line = resultLine(job, i, runner);
            lines.add(line);
            boolean succeeded = line.get("error").isNull();
            failed += succeeded ? 0 : 1;
            (succeeded ? output : errors).append(Json.text(line)).append('\n');
        }
        return new BatchJob.Results(lines, done - failed, failed,
                resultFile(job, "output", "batch_result", output, completedAt),
                resultFile(job, "error", "batch_error", errors, completedAt));
    }

    /** A line of the documented result shape: {@code {"id","custom_id","response":{"status_code","body"},"error"}}. */
    private ObjectNode resultLine(BatchJob job, int index, BatchRunner runner) {
        BatchJob.Request request = job.requests().get(index);
        ObjectNode line = Json.object();
        line.put("id", "batch-" + job.id().substring(0, 8) + "-" + index);
        line.put("custom_id", request.customId());
        ObjectNode response = line.putObject("response");
        try {
            if (request.problem() != null) {
                throw ApiException.badRequest(request.problem());
            }
            ObjectNode body = request.body().deepCopy();
            if (!body.has("model") && job.model() != null && !job.endpoint().equals("/v1/agents/completions")) {
                body.put("model", job.model());
            }
            response.put("status_code", 200);
            response.set("body", runner.respond(job.endpoint(), body));
            line.putNull("error");
        } catch (ApiException e) {
            response.put("status_code", e.status());
            response.set("body", e.body());
            line.putObject("error").put("message", Json.text(e.body())).put("code", e.status());
        }
        return line;
    }

    private String resultFile(BatchJob job, String kind, String sampleType, StringBuilder content, Instant at) {
        if (content.length() == 0) {
            return null;
        }
        return files.add(new StoredFile(ids.uuid("file"), "batch_" + job.id() + "_" + kind + ".jsonl", "batch",
                sampleType, "mistral", "application/jsonl", "workspace", at.getEpochSecond(), null,
                content.toString().getBytes(StandardCharsets.UTF_8))).id();
    }

    public void clear() {
        jobs.clear();
    }
}
