package io.github.camelmistral.simulator.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.JobScript;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.resources.BatchJob;
import io.github.camelmistral.simulator.resources.RequestParams;
import io.github.camelmistral.simulator.resources.SimulatorState;

/** Batch jobs: create, list (the spec's filters, repeated {@code status}, {@code order_by}), get, cancel. */
public final class BatchJobsApi {

    private static final List<String> ENDPOINTS = List.of("/v1/chat/completions", "/v1/embeddings",
            "/v1/fim/completions", "/v1/moderations", "/v1/chat/moderations", "/v1/ocr", "/v1/classifications",
            "/v1/chat/classifications", "/v1/conversations", "/v1/audio/transcriptions");

    private final SimulatorState state;
    private final JobScript script;

    private BatchJobsApi(SimulatorState state, JobScript script) {
        this.state = state;
        this.script = script;
    }

    public static void register(Router router, SimulatorState state, JobScript script) {
        BatchJobsApi api = new BatchJobsApi(state, script);
        router.add("POST", "/v1/batch/jobs", api::create)
                .add("GET", "/v1/batch/jobs", api::list)
                .add("GET", "/v1/batch/jobs/{job_id}", api::retrieve)
                .add("POST", "/v1/batch/jobs/{job_id}/cancel", api::cancel);
    }

    private SimResponse create(SimRequest request) {
        ObjectNode body = JsonBodies.object(request, "endpoint");
        JsonBodies.requireOneOf(body, "endpoint", ENDPOINTS);
        BatchJob job = state.batchJobs().create(body.deepCopy(), state.now(), script);
        return SimResponse.ok(job.toJson(state.now(), false));
    }

    private SimResponse list(SimRequest request) {
        Instant now = state.now();
        ListFilter<BatchJob> filter = new ListFilter<BatchJob>()
                .when(request.query("model"), model -> job -> model.equals(job.model()))
                .when(request.query("agent_id"), agentId -> job -> agentId.equals(job.agentId()))
                // the spec leaves the query form of 'metadata' open; a JSON object is taken as "all of these pairs"
                .when(request.query("metadata").map(Json::parseLenient).filter(JsonNode::isObject),
                        metadata -> job -> containsAll(job.metadata(), metadata))
                .when(RequestParams.dateTime(request, "created_after"),
                        after -> job -> !job.createdAt().isBefore(after))
                .whenAny(RequestParams.allOf(request, "status", BatchJob.STATUSES),
                        statuses -> job -> statuses.contains(job.status(now)));
        boolean ascending = RequestParams.oneOf(request, "order_by", List.of("created", "-created"))
                .orElse("-created").equals("created");
        List<BatchJob> jobs = new ArrayList<>(state.batchJobs().list().stream().filter(filter).toList());
        if (!ascending) {
            Collections.reverse(jobs); // so that jobs created in the same instant also come newest first
        }
        Comparator<BatchJob> byCreation = Comparator.comparing(BatchJob::createdAt);
        jobs.sort(ascending ? byCreation : byCreation.reversed());
        return SimResponse.ok(RequestParams.page(request, jobs, job -> job.toJson(now, false), true));
    }

    private static boolean containsAll(JsonNode metadata, JsonNode wanted) {
        for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().asText().equals(metadata.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private BatchJob job(SimRequest request) {
        return state.batchJobs().get(RequestParams.uuid(request, "job_id"));
    }

    private SimResponse retrieve(SimRequest request) {
        boolean inline = RequestParams.bool(request, "inline", false);
        return SimResponse.ok(job(request).toJson(state.now(), inline));
    }

    private SimResponse cancel(SimRequest request) {
        BatchJob job = job(request);
        job.cancel(state.now());
        return SimResponse.ok(job.toJson(state.now(), false));
    }
}
