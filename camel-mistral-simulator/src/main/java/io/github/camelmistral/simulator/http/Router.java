package io.github.camelmistral.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelmistral.simulator.contract.RequestShape;

/** Method + path-template routing, answering 404 and 405 in FastAPI's words. */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /**
     * A route; {@code shape} is the hand-written check of the body's field names (inference endpoints), or null.
     */
    public record Route(String method, PathTemplate path, RequestShape shape, RouteHandler handler) {
    }

    /** A route found for a request, with the request carrying its path parameters. */
    public record Match(Route route, SimRequest request) {
    }

    public Router add(String method, String template, RouteHandler handler) {
        return add(method, template, null, handler);
    }

    public Router add(String method, String template, RequestShape shape, RouteHandler handler) {
        routes.add(new Route(method, new PathTemplate(template), shape, handler));
        return this;
    }

    public Match find(SimRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = route.path().match(request.path());
            if (params != null) {
                pathKnown = true;
                if (route.method().equals(request.method())) {
                    return new Match(route, request.withPathParams(params));
                }
            }
        }
        throw new ApiException(pathKnown ? 405 : 404,
                Json.object().put("detail", pathKnown ? "Method Not Allowed" : "Not Found"));
    }
}
