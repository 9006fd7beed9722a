package io.github.camelmistral.simulator;

import java.time.Duration;
import java.util.List;
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
                .add("POST", "/__simulator/stream-delay", api::streamDelay)
                .add("GET", "/__simulator/requests", api::requests)
                .add("GET", "/__simulator/requests/stats", api::requestStats);
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
     * {@code ?kind=status|reset|truncate|delay|slow&path=/v1/...&method=POST&status=429&retry_after=2
     * &retry_after_format=seconds|date&times=1&always=true&rate=0.1&seed=7&delay_ms=500&shape=DOCUMENTED&message=...}.
     */
    private SimResponse injectFault(SimRequest request) {
        String kind = request.query("kind").orElse("status").toLowerCase(Locale.ROOT);
        Duration delay = Duration.ofMillis(RequestParams.integer(request, "delay_ms", 1000));
        Fault fault = switch (kind) {
            case "status" -> Fault.status(RequestParams.integer(request, "status", 500));
            case "reset" -> Fault.connectionReset();
            case "truncate" -> Fault.truncatedResponse();
            case "delay" -> Fault.delay(delay);
            case "slow" -> Fault.slowResponse(delay);
            default -> throw ApiException.badRequest("Unknown fault kind " + kind);
        };
        fault = RequestParams.bool(request, "always", false) ? fault.always()
                : fault.times(RequestParams.integer(request, "times", 1));
        if (request.query("rate").isPresent()) {
            fault = fault.rate(rate(request.query("rate").get()));
        }
        if (request.query("seed").isPresent()) {
            fault = fault.seed(RequestParams.integer(request, "seed", 0));
        }
        fault = request.query("path").map(fault::on).orElse(fault);
        fault = request.query("method").map(fault::onMethod).orElse(fault);
        fault = request.query("message").map(fault::message).orElse(fault);
        if (request.query("retry_after").isPresent()) {
            Duration wait = Duration.ofSeconds(RequestParams.integer(request, "retry_after", 1));
            boolean asDate = RequestParams.oneOf(request, "retry_after_format", List.of("seconds", "date"))
                    .orElse("seconds").equals("date");
            fault = asDate ? fault.retryAfterDate(wait) : fault.retryAfter(wait);
        }
        if (request.query("shape").isPresent()) {
            fault = fault.shape(ErrorShape.valueOf(request.query("shape").get().toUpperCase(Locale.ROOT)));
        }
        simulator.faults().inject(fault);
        return SimResponse.ok(Json.object().put("armed", fault.toString()));
    }

    private static double rate(String value) {
        try {
            double rate = Double.parseDouble(value);
            if (rate >= 0 && rate <= 1) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badRequest("rate must be a number from 0 to 1, got " + value);
    }

    /** {@code ?ms=N}: the pause between the events of every stream; 0 stops pacing. */
    private SimResponse streamDelay(SimRequest request) {
        simulator.faults().streamDelay(Duration.ofMillis(RequestParams.integer(request, "ms", 0)));
        return SimResponse.ok(Json.object().put("stream_delay_ms", simulator.faults().streamDelay().toMillis()));
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
            entry.put("arrived_at", recorded.arrivedAt().toString());
            entry.put("body", recorded.bodyAsString());
        }
        return SimResponse.ok(list);
    }

    /** Counts per path, and the peaks of concurrency, as {@link RequestJournal} reports them. */
    private SimResponse requestStats(SimRequest request) {
        RequestJournal journal = simulator.requests();
        ObjectNode stats = Json.object();
        stats.put("count", journal.count());
        stats.put("in_flight", journal.inFlight());
        stats.put("peak_in_flight", journal.peakInFlight());
        ObjectNode paths = stats.putObject("paths");
        journal.countsByPath().forEach((path, count) -> paths.putObject(path).put("count", count)
                .put("peak_in_flight", journal.peakInFlight(path)));
        return SimResponse.ok(stats);
    }

    private SimResponse now() {
        return SimResponse.ok(Json.object().put("now", simulator.clock().now().toString()));
    }
}
