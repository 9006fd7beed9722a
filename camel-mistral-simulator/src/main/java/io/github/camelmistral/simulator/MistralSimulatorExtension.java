package io.github.camelmistral.simulator;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulator for JUnit 5 tests: a server on a random loopback port, reset before every test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MistralSimulatorExtension sim = MistralSimulatorExtension.create();
 *
 * @Test
 * void retriesRateLimits() {
 *     sim.faults().failNext("/v1/chat/completions", 429, Duration.ofSeconds(1));
 *     ... call sim.baseUrl() ...
 *     assertThat(sim.requests().to("/v1/chat/completions")).hasSize(2);
 * }
 * }</pre>
 *
 * Registered on a static field it serves the whole class; on an instance field, each test gets its own server.
 * Strict contract mode is on when the {@value MistralSimulator#SPEC_PROPERTY} system property names an existing file.
 */
public final class MistralSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final MistralSimulator.Builder builder;
    private MistralSimulator simulator;
    private boolean perTest;

    private MistralSimulatorExtension(MistralSimulator.Builder builder) {
        this.builder = builder;
    }

    public static MistralSimulatorExtension create() {
        return new MistralSimulatorExtension(MistralSimulator.builder());
    }

    /** Only this bearer key is accepted (by default, any non-empty key is). */
    public MistralSimulatorExtension apiKey(String apiKey) {
        builder.apiKey(apiKey);
        return this;
    }

    /** Strict contract mode against this spec; {@code null} turns it off even when the system property is set. */
    public MistralSimulatorExtension strictSpec(Path spec) {
        builder.strictSpec(spec);
        return this;
    }

    public MistralSimulatorExtension clock(SimulatorClock clock) {
        builder.clock(clock);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            perTest = true;
            simulator = builder.start();
        }
        simulator.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void stop() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }

    /** The running simulator, for everything the shortcuts below do not cover. */
    public MistralSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator runs only while tests run");
        }
        return simulator;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    public RequestJournal requests() {
        return simulator().requests();
    }

    public SimulatorClock clock() {
        return simulator().clock();
    }

    public Faults faults() {
        return simulator().faults();
    }

    public StoredResources stored() {
        return simulator().stored();
    }

    public JobScript batchJobs() {
        return simulator().batchJobs();
    }

    public JobScript fineTuningJobs() {
        return simulator().fineTuningJobs();
    }

    public boolean isStrict() {
        return simulator().isStrict();
    }
}
