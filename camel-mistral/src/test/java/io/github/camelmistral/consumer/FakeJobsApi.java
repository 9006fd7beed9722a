package io.github.camelmistral.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformer;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.github.camelmistral.api.MistralJson;

/**
 * A small stateful stand-in for the job APIs behind WireMock: {@code GET /v1/batch/jobs} and
 * {@code /v1/fine_tuning/jobs} with {@code created_after}/{@code created_before}, {@code status} (repeated for batch),
 * {@code order_by} and 0-based paging, plus {@code GET .../{id}} (404 once deleted; fine-tuning jobs in the detailed
 * form with {@code status-updated} events). Tests move jobs through statuses between polls.
 */
public class FakeJobsApi extends ResponseTransformer {

    public static final String NAME = "fake-jobs";
    private static final String BATCH = "/v1/batch/jobs";
    private static final String FINE_TUNING = "/v1/fine_tuning/jobs";

    private final Map<String, ObjectNode> batchJobs = new LinkedHashMap<>();
    private final Map<String, ObjectNode> fineTuningJobs = new LinkedHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final Set<String> failingPaths = ConcurrentHashMap.newKeySet();
    private volatile Consumer<Request> onRequest = request -> {
    };

    public synchronized void reset() {
        batchJobs.clear();
        fineTuningJobs.clear();
        failures.set(0);
        failingPaths.clear();
        onRequest = request -> {
        };
    }

    /** Creates or moves a batch job; {@code at} becomes started_at or completed_at as the status implies. */
    public synchronized void batchJob(String id, long createdAt, String status, long at) {
        ObjectNode job = batchJobs.computeIfAbsent(id, key -> {
            ObjectNode created = MistralJson.mapper().createObjectNode();
            created.put("id", id).put("object", "batch").put("endpoint", "/v1/chat/completions")
                    .put("model", "mistral-small-latest").put("created_at", createdAt).put("total_requests", 2);
            return created;
        });
        job.put("status", status);
        if (status.equals("RUNNING")) {
            job.put("started_at", at);
        } else if (!status.equals("QUEUED") && !status.equals("CANCELLATION_REQUESTED")) {
            job.put("completed_at", at);
            if (status.equals("SUCCESS")) {
                job.put("output_file", "out-" + id);
            }
        }
    }

    /** Creates or moves a fine-tuning job, recording a {@code status-updated} event at {@code at}. */
    public synchronized void fineTuningJob(String id, long createdAt, String status, long at) {
        ObjectNode job = fineTuningJobs.computeIfAbsent(id, key -> {
            ObjectNode created = MistralJson.mapper().createObjectNode();
            created.put("id", id).put("object", "job").put("job_type", "completion")
                    .put("model", "open-mistral-7b").put("created_at", createdAt);
            created.putArray("events");
            return created;
        });
        job.put("status", status).put("modified_at", at);
        if (status.equals("SUCCESS")) {
            job.put("fine_tuned_model", "ft:open-mistral-7b:" + id);
        }
        ObjectNode event = MistralJson.mapper().createObjectNode();
        event.put("name", "status-updated").put("created_at", at).putObject("data").put("status", status);
        ((ArrayNode) job.get("events")).insert(0, event); // newest first, as the API lists them
    }

    public synchronized void delete(String id) {
        batchJobs.remove(id);
        fineTuningJobs.remove(id);
    }

    /** The next {@code count} requests fail with HTTP 500. */
    public void failNext(int count) {
        failures.set(count);
    }

    /** Every request to {@code path} (e.g. {@code /v1/batch/jobs/a}) fails with HTTP 500 until {@link #heal}. */
    public void failAlways(String path) {
        failingPaths.add(path);
    }

    public void heal(String path) {
        failingPaths.remove(path);
    }

    /** Runs before each request is answered, e.g. to create jobs while a listing is being paged. */
    public void onRequest(Consumer<Request> hook) {
        onRequest = hook;
    }

    @Override
    public Response transform(Request request, Response response, FileSource files, Parameters parameters) {
        onRequest.accept(request);
        String requested = request.getUrl().split("\\?")[0];
        if (failingPaths.contains(requested) || failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Response.Builder.like(response).but().status(500)
                    .body("{\"object\":\"error\",\"message\":\"simulated outage\",\"type\":\"internal\"}").build();
        }
        String path = request.getUrl().split("\\?")[0];
        synchronized (this) {
            if (path.equals(BATCH)) {
                return ok(response, list(batchJobs, request, false));
            }
            if (path.equals(FINE_TUNING)) {
                return ok(response, list(fineTuningJobs, request, true));
            }
            Map<String, ObjectNode> jobs = path.startsWith(BATCH + "/") ? batchJobs : fineTuningJobs;
            ObjectNode job = jobs.get(path.substring(path.lastIndexOf('/') + 1));
            if (job == null) {
                return Response.Builder.like(response).but().status(404)
                        .body("{\"object\":\"error\",\"message\":\"No job found\",\"type\":\"not_found\"}").build();
            }
            return ok(response, job.toString());
        }
    }

    private static String list(Map<String, ObjectNode> jobs, Request request, boolean summaryForm) {
        Long after = instant(request, "created_after");
        Long before = instant(request, "created_before");
        List<String> statuses = values(request, "status");
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode job : jobs.values()) {
            long createdAt = job.get("created_at").asLong();
            if ((after == null || createdAt > after) && (before == null || createdAt <= before)
                && (statuses.isEmpty() || statuses.contains(job.get("status").asText()))) {
                ObjectNode copy = job.deepCopy();
                if (summaryForm) {
                    copy.remove("events");
                }
                matching.add(copy);
            }
        }
        Comparator<ObjectNode> oldestFirst = Comparator.comparingLong(job -> job.get("created_at").asLong());
        matching.sort(values(request, "order_by").contains("created") ? oldestFirst : oldestFirst.reversed());
        int page = Integer.parseInt(first(request, "page", "0"));
        int pageSize = Integer.parseInt(first(request, "page_size", "100"));
        ObjectNode answer = MistralJson.mapper().createObjectNode();
        answer.put("object", "list").put("total", matching.size());
        ArrayNode data = answer.putArray("data");
        matching.stream().skip((long) page * pageSize).limit(pageSize).forEach(data::add);
        return answer.toString();
    }

    private static Long instant(Request request, String name) {
        String value = first(request, name, null);
        return value == null ? null : Instant.parse(value).getEpochSecond();
    }

    private static String first(Request request, String name, String fallback) {
        List<String> values = values(request, name);
        return values.isEmpty() ? fallback : values.get(0);
    }

    private static List<String> values(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter == null || !parameter.isPresent() ? List.of() : parameter.values();
    }

    private static Response ok(Response response, String body) {
        return Response.Builder.like(response).but().status(200).body(body).build();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
