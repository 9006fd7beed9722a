package io.github.camelmistral.simulator.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers one request of a batch the way the live endpoint would; throws ApiException for a failed request. */
@FunctionalInterface
public interface BatchRunner {

    ObjectNode respond(String endpoint, JsonNode body);
}
