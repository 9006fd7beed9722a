package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.resources.RequestParams;

/**
 * The control endpoints under {@code /__simulator}, for a standalone server whose users have no Java handle on it:
 * reset, move the clock, script jobs, inject faults, read the request log. They need no API key.
 */
final class AdminApi {

    private final MistralSimulator simulator;

    private AdminApi(MistralSimulator simulator) {
        this.simulator = simulator;
    }

    static void register(Router router, MistralSimulator simulator) {
        AdminApi api = new AdminApi(simulator);
        router.add("POST", "/__simulator/reset", api::reset)
                .add("POST", "/__simulator/clock/advance", api::advanceClock)
                .add("POST", "/__simulator/jobs/{kind}/script", api::scriptJobs)
                .add("POST", "/__simulator/faults", api::injectFault)
                .add("DELETE", "/__simulator/faults", api::clearFaults)
                .add("GET", "/__simulator/requests", api::requests);
    }

    private SimResponse reset(SimRequest request) {
        simulator.reset();
        return now();
    }

    /** {@code ?seconds=N}. */
    private SimResponse advanceClock(SimRequest request) {
        simulator.clock().advance(Duration.ofSeconds(RequestParams.integer(request, "seconds", 0)));
        return now();
    }

    /**
     * {@code /__simulator/jobs/batch|fine_tuning|documents/script?outcome=FAILED&queued_seconds=..&running_seconds=..}.
     */
    private SimResponse scriptJobs(SimRequest request) {
        JobScript script = switch (request.pathParam("kind")) {
            case "batch" -> simulator.batchJobs();
            case "fine_tuning" -> simulator.fineTuningJobs();
            case "documents" -> simulator.documentProcessing();
            default -> throw ApiException.notFound("No job kind " + request.pathParam("kind"));
        };
        for (String outcome : request.queryAll("outcome")) {
            JobOutcome parsed = JobOutcome.parse(outcome);
            if (parsed == null) {
                throw ApiException.badRequest("Unknown outcome " + outcome);
            }
            script.script(parsed);
        }
        if (request.query("queued_seconds").isPresent() || request.query("running_seconds").isPresent()) {
            script.durations(Duration.ofSeconds(RequestParams.integer(request, "queued_seconds",
                    (int) script.queuedFor().toSeconds())), Duration.ofSeconds(RequestParams.integer(request,
                    "running_seconds", (int) script.runningFor().toSeconds())));
        }
        return SimResponse.ok(Json.object().put("queued_seconds", script.queuedFor().toSeconds())
                .put("running_seconds", script.runningFor().toSeconds()));
    }

    /**
     * {@code ?kind=status|reset|truncate|delay&path=/v1/...&method=POST&status=429&retry_after=2&times=1
     * &delay_ms=500&shape=DOCUMENTED&message=...}.
     */
    private SimResponse injectFault(SimRequest request) {
        String kind = request.query("kind").orElse("status").toLowerCase(Locale.ROOT);
        Fault fault = switch (kind) {
            case "status" -> Fault.status(RequestParams.integer(request, "status", 500));
            case "reset" -> Fault.connectionReset();
            case "truncate" -> Fault.truncatedResponse();
            case "delay" -> Fault.delay(Duration.ofMillis(RequestParams.integer(request, "delay_ms", 1000)));
            default -> throw ApiException.badRequest("Unknown fault kind " + kind);
        };
        fault = fault.times(RequestParams.integer(request, "times", 1));
        fault = request.query("path").map(fault::on).orElse(fault);
        fault = request.query("method").map(fault::onMethod).orElse(fault);
        fault = request.query("message").map(fault::message).orElse(fault);
        if (request.query("retry_after").isPresent()) {
            fault = fault.retryAfter(Duration.ofSeconds(RequestParams.integer(request, "retry_after", 1)));
        }
        if (request.query("shape").isPresent()) {
            fault = fault.shape(ErrorShape.valueOf(request.query("shape").get().toUpperCase(Locale.ROOT)));
        }
        simulator.faults().inject(fault);
        return SimResponse.ok(Json.object().put("armed", fault.toString()));
    }

    private SimResponse clearFaults(SimRequest request) {
        simulator.faults().clear();
        return SimResponse.ok(Json.object().put("armed", 0));
    }

    private SimResponse requests(SimRequest request) {
        ArrayNode list = Json.array();
        for (RecordedRequest recorded : simulator.requests().all()) {
            ObjectNode entry = list.addObject();
            entry.put("method", recorded.method());
            entry.put("path", recorded.path());
            entry.put("query", recorded.query());
            entry.put("received_at", recorded.receivedAt().toString());
            entry.put("body", recorded.bodyAsString());
        }
        return SimResponse.ok(list);
    }

    private SimResponse now() {
        return SimResponse.ok(Json.object().put("now", simulator.clock().now().toString()));
    }
}
