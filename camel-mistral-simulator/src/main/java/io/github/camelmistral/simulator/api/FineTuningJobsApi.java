package io.github.camelmistral.simulator.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
        ListFilter<FineTuningJob> filter = new ListFilter<FineTuningJob>()
                .when(request.query("model"), model -> job -> job.model().equals(model))
                .when(RequestParams.dateTime(request, "created_after"),
                        after -> job -> !job.createdAt().isBefore(after))
                .when(RequestParams.dateTime(request, "created_before"),
                        before -> job -> job.createdAt().isBefore(before))
                .when(RequestParams.oneOf(request, "status", FineTuningJob.STATUSES),
                        status -> job -> job.status(now).equals(status))
                .when(request.query("suffix"), suffix -> job -> suffix.equals(job.suffix()))
                .when(request.query("wandb_project"), project -> job -> hasIntegration(job, "project", project))
                .when(request.query("wandb_name"), name -> job -> hasIntegration(job, "name", name));
        List<FineTuningJob> jobs = new ArrayList<>(state.fineTuningJobs().list().stream().filter(filter).toList());
        Collections.reverse(jobs); // newest first; the API documents no order
        return SimResponse.ok(RequestParams.page(request, jobs, job -> job.toJson(now, false), true));
    }

    /** Whether some Weights and Biases integration of the job has {@code value} in {@code field}. */
    private static boolean hasIntegration(FineTuningJob job, String field, String value) {
        for (JsonNode integration : job.integrations()) {
            if (value.equals(integration.path(field).asText(null))) {
                return true;
            }
        }
        return false;
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
