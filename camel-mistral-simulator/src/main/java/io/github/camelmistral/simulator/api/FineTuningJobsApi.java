package io.github.camelmistral.simulator.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.JobScript;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.resources.FineTuningJob;
import io.github.camelmistral.simulator.resources.RequestParams;
import io.github.camelmistral.simulator.resources.SimulatorState;

/** Fine-tuning jobs: create (and dry run), list with the spec's filters (one {@code status}), get, cancel, start. */
public final class FineTuningJobsApi {

    private final SimulatorState state;
    private final JobScript script;

    private FineTuningJobsApi(SimulatorState state, JobScript script) {
        this.state = state;
        this.script = script;
    }

    public static void register(Router router, SimulatorState state, JobScript script) {
        FineTuningJobsApi api = new FineTuningJobsApi(state, script);
        router.add("POST", "/v1/fine_tuning/jobs", api::create)
                .add("GET", "/v1/fine_tuning/jobs", api::list)
                .add("GET", "/v1/fine_tuning/jobs/{job_id}", api::retrieve)
                .add("POST", "/v1/fine_tuning/jobs/{job_id}/cancel", api::cancel)
                .add("POST", "/v1/fine_tuning/jobs/{job_id}/start", api::start);
    }

    private SimResponse create(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "model", "hyperparameters");
        JsonBodies.requireOneOf(body, "job_type", List.of("completion", "classifier"));
        boolean dryRun = RequestParams.bool(request, "dry_run", false);
        return SimResponse.ok(state.fineTuningJobs().create(body.deepCopy(), dryRun, state.now(), script));
    }

    private SimResponse list(SimRequest request) {
        Instant now = state.now();
        Predicate<FineTuningJob> filter = job -> true;
        String model = request.query("model").orElse(null);
        if (model != null) {
            filter = filter.and(job -> job.model().equals(model));
        }
        Instant createdAfter = RequestParams.dateTime(request, "created_after").orElse(null);
        if (createdAfter != null) {
            filter = filter.and(job -> !job.createdAt().isBefore(createdAfter));
        }
        Instant createdBefore = RequestParams.dateTime(request, "created_before").orElse(null);
        if (createdBefore != null) {
            filter = filter.and(job -> job.createdAt().isBefore(createdBefore));
        }
        String status = RequestParams.oneOf(request, "status", FineTuningJob.STATUSES).orElse(null);
        if (status != null) {
            filter = filter.and(job -> job.status(now).equals(status));
        }
        String suffix = request.query("suffix").orElse(null);
        if (suffix != null) {
            filter = filter.and(job -> suffix.equals(job.suffix()));
        }
        filter = filter.and(integrationFilter(request, "wandb_project", "project"))
                .and(integrationFilter(request, "wandb_name", "name"));
        List<FineTuningJob> jobs = new ArrayList<>(state.fineTuningJobs().list().stream().filter(filter).toList());
        Collections.reverse(jobs); // newest first; the API documents no order
        return SimResponse.ok(RequestParams.page(request, jobs, job -> job.toJson(now, false), true));
    }

    /** A Weights and Biases filter: some integration has the value in {@code field}. */
    private static Predicate<FineTuningJob> integrationFilter(SimRequest request, String parameter, String field) {
        String wanted = request.query(parameter).orElse(null);
        if (wanted == null) {
            return job -> true;
        }
        return job -> {
            for (JsonNode integration : job.integrations()) {
                if (wanted.equals(integration.path(field).asText(null))) {
                    return true;
                }
            }
            return false;
        };
    }

    private FineTuningJob job(SimRequest request) {
        return state.fineTuningJobs().get(RequestParams.uuid(request, "job_id"));
    }

    private SimResponse retrieve(SimRequest request) {
        return SimResponse.ok(job(request).toJson(state.now(), true));
    }

    private SimResponse cancel(SimRequest request) {
        FineTuningJob job = job(request);
        job.cancel(state.now());
        return SimResponse.ok(job.toJson(state.now(), true));
    }

    private SimResponse start(SimRequest request) {
        FineTuningJob job = job(request);
        job.start(state.now());
        return SimResponse.ok(job.toJson(state.now(), true));
    }
}
