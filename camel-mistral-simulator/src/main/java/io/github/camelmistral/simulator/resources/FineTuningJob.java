package io.github.camelmistral.simulator.resources;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.JobOutcome;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/**
 * A fine-tuning job: QUEUED, VALIDATING, VALIDATED, then (at once with {@code auto_start}, else after
 * {@code /start}) RUNNING and its outcome, on the simulator clock. Every change is an event of the detailed form.
 */
public final class FineTuningJob {

    public static final Set<String> TERMINAL = Set.of("SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED");
    public static final List<String> STATUSES = List.of("QUEUED", "STARTED", "VALIDATING", "VALIDATED", "RUNNING",
            "FAILED_VALIDATION", "FAILED", "SUCCESS", "CANCELLED", "CANCELLATION_REQUESTED");
    private static final DateTimeFormatter MODEL_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(ZoneOffset.UTC);

    private final String id;
    private final ObjectNode input;
    private final Instant createdAt;
    private final JobOutcome outcome;
    private final Duration queuedFor;
    private final Duration runningFor;
    private final long dataTokens;
    private final JobTimeline timeline;
    private String fineTunedModel;

    FineTuningJob(String id, ObjectNode input, Instant createdAt, JobOutcome outcome, Duration queuedFor,
            Duration runningFor, long dataTokens) {
        this.id = id;
        this.input = input;
        this.createdAt = createdAt;
        this.outcome = outcome;
        this.queuedFor = queuedFor;
        this.runningFor = runningFor;
        this.dataTokens = dataTokens;
        Instant validated = createdAt.plus(queuedFor);
        this.timeline = new JobTimeline("QUEUED", createdAt).then("VALIDATING", createdAt.plus(queuedFor.dividedBy(2)));
        if (outcome == JobOutcome.FAILED_VALIDATION) {
            timeline.then("FAILED_VALIDATION", validated);
        } else {
            timeline.then("VALIDATED", validated);
            if (autoStart()) {
                planRun(validated);
            }
        }
    }

    private void planRun(Instant from) {
        timeline.then("RUNNING", from).endWith(outcome.name(), from.plus(runningFor));
    }

    public String id() {
        return id;
    }

    public String model() {
        return input.path("model").asText();
    }

    public String jobType() {
        return input.path("job_type").asText("completion");
    }

    public boolean autoStart() {
        return input.path("auto_start").asBoolean(true);
    }

    public String suffix() {
        return input.path("suffix").asText(null);
    }

    public JsonNode integrations() {
        return input.path("integrations");
    }

    /** A copy of the creation request as the job stored it. */
    public JsonNode input() {
        return input.deepCopy();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String status(Instant now) {
        return timeline.statusAt(now);
    }

    /** Whether this job would train the same thing as a new request: the API's 409 duplicate rule. */
    boolean isSimilarTo(ObjectNode other) {
        return input.path("model").equals(other.path("model"))
                && input.path("training_files").equals(other.path("training_files"))
                && input.path("hyperparameters").equals(other.path("hyperparameters"))
                && input.path("suffix").equals(other.path("suffix"));
    }

    /** Starts a job validated without {@code auto_start}; any other status cannot be started. */
    public void start(Instant now) {
        String status = status(now);
        if (!status.equals("VALIDATED")) {
            throw ApiException.badRequest("Job " + id + " cannot be started: its status is " + status);
        }
        timeline.forgetAfter(now);
        timeline.then("STARTED", now);
        planRun(now.plus(queuedFor.dividedBy(2)));
    }

    public void cancel(Instant now) {
        String status = status(now);
        if (!TERMINAL.contains(status) && !status.equals("CANCELLATION_REQUESTED")) {
            timeline.cancel(now);
        }
    }

    /** The fine-tuned model the job produced, registered the first time the job is seen succeeded. */
    ModelCard produceModelIfSucceeded(Instant now) {
        if (fineTunedModel != null || timeline.reachedAt("SUCCESS", now).isEmpty()) {
            return null;
        }
        Instant succeeded = timeline.reachedAt("SUCCESS", now).get();
        boolean classifier = jobType().equals("classifier");
        fineTunedModel = "ft:" + (classifier ? "classifier:" : "") + model() + ":" + ModelRegistry.WORKSPACE_ID
                .substring(0, 8) + ":" + MODEL_DATE.format(succeeded) + ":" + id.substring(0, 8);
        return ModelCard.fineTuned(fineTunedModel, succeeded.getEpochSecond(),
                classifier ? Set.of("classification") : Set.of("completion_chat", "function_calling"),
                new ModelCard.FineTuning(id, model(), jobType(), classifierTargets()));
    }

    private long trainedTokens() {
        return dataTokens * Math.max(1, input.path("hyperparameters").path("epochs").asInt(1));
    }

    /** The cost and token estimates of a job, also the answer of a dry run. */
    ObjectNode estimates() {
        ObjectNode metadata = Json.object();
        metadata.put("expected_duration_seconds", queuedFor.plus(runningFor).toSeconds());
        metadata.put("cost", Math.round(trainedTokens() * 0.4) / 100_000.0);
        metadata.put("cost_currency", "USD");
        metadata.put("train_tokens_per_step", 131072);
        metadata.put("train_tokens", trainedTokens());
        metadata.put("data_tokens", dataTokens);
        metadata.put("estimated_start_time", createdAt.plus(queuedFor).getEpochSecond());
        return metadata;
    }

    public ObjectNode toJson(Instant now, boolean detailed) {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("auto_start", autoStart());
        json.put("model", model());
        json.put("status", status(now));
        json.put("created_at", createdAt.getEpochSecond());
        json.put("modified_at", timeline.current(now).at().getEpochSecond());
        ArrayNode trainingFiles = json.putArray("training_files");
        input.path("training_files").forEach(file -> trainingFiles.add(file.path("file_id").asText()));
        json.set("validation_files", input.path("validation_files").isArray() ? input.get("validation_files")
                : Json.array());
        json.put("object", "job");
        json.put("fine_tuned_model", fineTunedModel);
        json.put("suffix", suffix());
        json.set("integrations", integrationsOut());
        json.put("trained_tokens", fineTunedModel == null ? null : trainedTokens());
        json.set("metadata", estimates());
        json.put("job_type", jobType());
        json.set("hyperparameters", hyperparameters());
        json.set("repositories", input.path("repositories").isArray() ? input.get("repositories") : Json.array());
        if (jobType().equals("classifier")) {
            json.set("classifier_targets", classifierTargets());
        }
        if (detailed) {
            json.set("events", events(now));
            json.set("checkpoints", checkpoints(now));
        }
        return json;
    }

    /** Integrations as the API echoes them: without the secret key. */
    private ArrayNode integrationsOut() {
        ArrayNode out = Json.array();
        integrations().forEach(integration -> out.add(((ObjectNode) integration.deepCopy()).without("api_key")));
        return out;
    }

    private ObjectNode hyperparameters() {
        ObjectNode hyperparameters = input.path("hyperparameters").isObject()
                ? input.get("hyperparameters").deepCopy() : Json.object();
        if (!hyperparameters.has("learning_rate")) {
            hyperparameters.put("learning_rate", 0.0001);
        }
        return hyperparameters;
    }

    private ArrayNode classifierTargets() {
        ArrayNode targets = Json.array();
        input.path("classifier_targets").forEach(target -> {
            ObjectNode out = target.deepCopy();
            if (!out.has("weight")) {
                out.put("weight", 1.0);
            }
            if (!out.has("loss_function")) {
                out.put("loss_function", "single_class");
            }
            targets.add(out);
        });
        return targets;
    }

    /** Status changes newest first, as {@code status-updated} events. */
    private ArrayNode events(Instant now) {
        ArrayNode events = Json.array();
        timeline.reached(now).forEach(transition -> {
            ObjectNode event = Json.object();
            event.put("name", "status-updated");
            event.putObject("data").put("status", transition.status());
            event.put("created_at", transition.at().getEpochSecond());
            events.insert(0, event);
        });
        return events;
    }

    private ArrayNode checkpoints(Instant now) {
        ArrayNode checkpoints = Json.array();
        timeline.reachedAt("SUCCESS", now).ifPresent(at -> {
            ObjectNode checkpoint = checkpoints.addObject();
            checkpoint.putObject("metrics").put("train_loss", 0.8125).put("valid_loss", 0.9375)
                    .put("valid_mean_token_accuracy", 0.75);
            checkpoint.put("step_number", input.path("hyperparameters").path("training_steps").asInt(10));
            checkpoint.put("created_at", at.getEpochSecond());
        });
        return checkpoints;
    }
}
