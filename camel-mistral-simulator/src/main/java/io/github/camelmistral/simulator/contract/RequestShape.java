package io.github.camelmistral.simulator.contract;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A check of a request body that the real API refuses with 422; answers FastAPI {@code detail} items. */
public interface RequestShape {

    /** The violations found, empty when the body passes. */
    List<ObjectNode> violations(JsonNode body);
}
