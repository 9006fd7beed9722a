package io.github.camelmistral.simulator.resources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.JobOutcome;
import io.github.camelmistral.simulator.JobScript;
import io.github.camelmistral.simulator.http.ApiException;

/** Fine-tuning jobs, and the models they produce when they succeed. */
public final class FineTuningJobStore {

    private final Map<String, FineTuningJob> jobs = new LinkedHashMap<>();
    private final FileStore files;
    private final Ids ids;

    public FineTuningJobStore(FileStore files, Ids ids) {
        this.files = files;
        this.ids = ids;
    }

    /**
     * Creates a job, or with {@code dryRun} only plans one and answers its estimates. A job whose {@code suffix}
     * names an outcome (e.g. {@code "failed"}) ends that way: the standalone server's way of scripting one.
     */
    public ObjectNode create(ObjectNode input, boolean dryRun, Instant now, JobScript script) {
        long dataTokens = 0;
        for (JsonNode file : input.path("training_files")) {
            dataTokens += files.get(file.path("file_id").asText()).content().length / 4;
        }
        input.path("validation_files").forEach(file -> files.get(file.asText()));
        if (dryRun) {
            FineTuningJob plan = new FineTuningJob("dry-run", input, now, JobOutcome.SUCCESS, script.queuedFor(),
                    script.runningFor(), dataTokens);
            return dryRunAnswer(plan);
        }
        boolean duplicate = jobs.values().stream()
                .anyMatch(job -> !FineTuningJob.TERMINAL.contains(job.status(now)) && job.isSimilarTo(input));
        if (duplicate) {
            throw ApiException.documented(409, "A similar fine-tuning job is already queued, validated or running");
        }
        JobOutcome outcome = script.nextOutcome(JobOutcome.parse(input.path("suffix").asText(null)));
        FineTuningJob job = new FineTuningJob(ids.uuid("fine-tuning-job"), input, now, outcome, script.queuedFor(),
                script.runningFor(), dataTokens);
        jobs.put(job.id(), job);
        return job.toJson(now, false);
    }

    private static ObjectNode dryRunAnswer(FineTuningJob plan) {
        ObjectNode answer = plan.estimates();
        answer.put("deprecated", true);
        answer.put("details", "");
        JsonNode hyperparameters = plan.toJson(plan.createdAt(), false).path("hyperparameters");
        answer.set("epochs", hyperparameters.get("epochs"));
        answer.set("training_steps", hyperparameters.get("training_steps"));
        answer.put("object", "job.metadata");
        return answer;
    }

    public FineTuningJob get(String id) {
        FineTuningJob job = jobs.get(id);
        if (job == null) {
            throw ApiException.notFound("Fine-tuning job '" + id + "' not found");
        }
        return job;
    }

    public List<FineTuningJob> list() {
        return new ArrayList<>(jobs.values());
    }

    /** Registers the models of jobs that have succeeded by {@code now}. */
    public void settle(Instant now, ModelRegistry models) {
        for (FineTuningJob job : jobs.values()) {
            ModelCard produced = job.produceModelIfSucceeded(now);
            if (produced != null) {
                models.add(produced);
            }
        }
    }

    public void clear() {
        jobs.clear();
    }
}
