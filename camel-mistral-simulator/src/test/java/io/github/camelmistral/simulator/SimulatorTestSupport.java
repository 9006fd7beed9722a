package io.github.camelmistral.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A default simulator (strict when the spec property is set) and a client with a key, for each test class. */
abstract class SimulatorTestSupport {

    @RegisterExtension
    static final MistralSimulatorExtension sim = MistralSimulatorExtension.create();

    SimulatorClient client;

    @BeforeEach
    void connectClient() {
        client = new SimulatorClient(sim.baseUrl());
    }
}
