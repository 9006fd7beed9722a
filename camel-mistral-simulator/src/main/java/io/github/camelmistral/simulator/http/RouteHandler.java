package io.github.camelmistral.simulator.http;

/** Answers one route; runs under the simulator's state lock, so it must not block. */
@FunctionalInterface
public interface RouteHandler {

    SimResponse handle(SimRequest request);
}
