package io.github.camelmistral.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.camelmistral.simulator.contract.OpenApiContract;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.SimResponse;
import io.github.camelmistral.simulator.inference.InferenceOperations;
import io.github.camelmistral.simulator.resources.SimulatorState;

/**
 * The one handler of the server. Per request: record it; apply faults (delay, reset, error status); authenticate
 * {@code /v1} calls; route; refuse bodies with unknown fields (and, in strict mode, any spec violation) with 422;
 * then handle it under the state lock. Streaming and delays happen outside the lock, and waits (delays, slow
 * answers, stream pacing) on deferred tasks, so that no thread sleeps.
 */
final class SimulatorHttpHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(SimulatorHttpHandler.class.getName());
    /** The documented upload limit; bigger bodies are refused before they are read. */
    private static final long MAX_BODY_BYTES = 512L * 1024 * 1024;

    private final MistralSimulator simulator;
    private final SimulatorState state;
    private final InferenceOperations operations;
    private final Router router;
    private final OpenApiContract contract;
    private final AtomicLong requestSequence = new AtomicLong();
    private final Deferrer deferrer;

    /** What the handler dispatches to; {@code contract} is null unless strict mode is on. */
    record Routes(Router router, InferenceOperations operations, OpenApiContract contract) {
    }

    SimulatorHttpHandler(MistralSimulator simulator, SimulatorState state, Routes routes, Deferrer deferrer) {
        this.simulator = simulator;
        this.deferrer = deferrer;
        this.state = state;
        this.operations = routes.operations();
        this.router = routes.router();
        this.contract = routes.contract();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.nameUUIDFromBytes(("request-" + requestSequence.incrementAndGet())
                .getBytes(StandardCharsets.UTF_8)).toString();
        exchange.getResponseHeaders().set("mistral-correlation-id", requestId);
        exchange.getResponseHeaders().set("x-kong-request-id", requestId);
        exchange.getResponseHeaders().set("x-mistral-simulator", "camel-mistral-simulator");
        if (declaredLength(exchange) > MAX_BODY_BYTES) {
            ResponseWriter.write(exchange, ApiException.documented(413, "File too large (max 512 MB)").toResponse());
            return;
        }
        SimRequest request = read(exchange).withRequestId(requestId);
        RequestJournal.Visit visit = simulator.requests().arrive(request, simulator.clock().now());
        Faults.Plan plan = simulator.faults().planFor(request.method(), request.path());
        if (plan.delay().isZero()) {
            serve(exchange, request, plan.failure(), visit); // a dropped connection propagates to the JDK server
        } else {
            deferrer.after(plan.delay(), () -> serveLater(exchange, request, plan.failure(), visit));
        }
    }

    /** Serves a request whose handler has returned: a connection to drop is closed by hand. */
    private void serveLater(HttpExchange exchange, SimRequest request, Fault failure, RequestJournal.Visit visit) {
        try {
            serve(exchange, request, failure, visit);
        } catch (IOException | RuntimeException e) { // a dropped connection fault, or the client gone
            ResponseWriter.drop(exchange);
        }
    }

    /**
     * Answers as the failure decides, else handles the request. The request stays in flight until its response is
     * about to be complete (or its connection dropped), which for a slow or paced response happens on a deferred
     * task. It leaves just before the last bytes, so that a sequential client never seems to overlap itself.
     */
    private void serve(HttpExchange exchange, SimRequest request, Fault failure, RequestJournal.Visit visit)
            throws IOException {
        boolean deferred = false;
        try {
            if (failure != null && failure.kind() == Fault.Kind.CONNECTION_RESET) {
                throw new ResponseWriter.ConnectionDropped("connection reset fault");
            }
            if (failure != null && failure.kind() == Fault.Kind.STATUS) {
                ResponseWriter.write(exchange, faultResponse(failure, request.requestId()), visit::leave);
                return;
            }
            SimResponse response = process(request, request.requestId());
            if (failure != null && failure.kind() == Fault.Kind.TRUNCATED_RESPONSE) {
                ResponseWriter.writeTruncated(exchange, response);
            } else if (failure != null && failure.kind() == Fault.Kind.SLOW_RESPONSE) {
                deferrer.after(failure.delayDuration(), () -> answerLater(exchange, response, visit));
                deferred = true;
            } else {
                deferred = answer(exchange, response, visit);
            }
        } finally {
            if (!deferred) {
                visit.leave();
            }
        }
    }

    private void answerLater(HttpExchange exchange, SimResponse response, RequestJournal.Visit visit) {
        boolean deferred = false;
        try {
            deferred = answer(exchange, response, visit);
        } catch (IOException | RuntimeException e) {
            ResponseWriter.drop(exchange); // the client gave up waiting
        } finally {
            if (!deferred) {
                visit.leave();
            }
        }
    }

    /** Writes the response; true when a paced stream goes on writing (and leaves the visit) later. */
    private boolean answer(HttpExchange exchange, SimResponse response, RequestJournal.Visit visit)
            throws IOException {
        Duration pace = simulator.faults().streamDelay();
        if (response.isEventStream() && !pace.isZero()) {
            ResponseWriter.writePaced(exchange, response, pace, deferrer, visit::leave);
            return true;
        }
        ResponseWriter.write(exchange, response, visit::leave);
        return false;
    }

    private static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0; // the server itself refuses a malformed length when it reads the body
        }
    }

    private static SimRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new SimRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
    }

    private static SimResponse faultResponse(Fault fault, String requestId) {
        ObjectNode body = fault.shape().render(fault.status(), fault.message(), requestId);
        SimResponse response = SimResponse.json(fault.status(), body);
        if (fault.retryAfter() != null) {
            response.header("Retry-After", RetryAfter.of(fault.retryAfter(), fault.retryAfterAsDate()));
        }
        return response;
    }

    private SimResponse process(SimRequest request, String requestId) {
        try {
            if (request.path().startsWith("/v1/") && !simulator.isAuthorized(request.header("Authorization"))) {
                return SimResponse.json(401, ErrorShape.GATEWAY.render(401, "Unauthorized", requestId));
            }
            Router.Match match = router.find(request);
            if (match.route().shape() != null) {
                refuseIfAny(match.route().shape().violations(request.json()));
            }
            if (contract != null) {
                refuseIfAny(contract.violations(request));
            }
            synchronized (state) {
                state.settle(operations);
                return match.route().handler().handle(match.request());
            }
        } catch (ApiException e) {
            return e.toResponse();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Simulator failure on " + request.method() + " " + request.path(), e);
            return ApiException.documented(500, "Internal simulator error: " + e).toResponse();
        }
    }

    private static void refuseIfAny(List<ObjectNode> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.validation(violations);
        }
    }
}
