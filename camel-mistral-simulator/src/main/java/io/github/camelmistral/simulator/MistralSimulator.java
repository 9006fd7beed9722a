package io.github.camelmistral.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import io.github.camelmistral.simulator.api.AgentsApi;
import io.github.camelmistral.simulator.api.BatchJobsApi;
import io.github.camelmistral.simulator.api.ConversationsApi;
import io.github.camelmistral.simulator.api.FilesApi;
import io.github.camelmistral.simulator.api.FineTuningJobsApi;
import io.github.camelmistral.simulator.api.InferenceApi;
import io.github.camelmistral.simulator.api.LibrariesApi;
import io.github.camelmistral.simulator.api.LibraryDocumentsApi;
import io.github.camelmistral.simulator.api.ModelsApi;
import io.github.camelmistral.simulator.api.ObservabilityApi;
import io.github.camelmistral.simulator.api.SpeechApi;
import io.github.camelmistral.simulator.api.TranscriptionApi;
import io.github.camelmistral.simulator.api.VoicesApi;
import io.github.camelmistral.simulator.contract.OpenApiContract;
import io.github.camelmistral.simulator.http.Router;
import io.github.camelmistral.simulator.inference.InferenceOperations;
import io.github.camelmistral.simulator.resources.SimulatorState;

/**
 * A Mistral AI API simulator on loopback: stateful (files, jobs, models), deterministic, with an adjustable clock,
 * fault injection and a log of what it received. Embed it with {@link #builder()}, use it in JUnit 5 through
 * {@link MistralSimulatorExtension}, or run it standalone with {@link MistralSimulatorMain}.
 *
 * <pre>{@code
 * try (MistralSimulator sim = MistralSimulator.builder().apiKey("test-key").start()) {
 *     String baseUrl = sim.baseUrl(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class MistralSimulator implements AutoCloseable {

    /** The system property naming the official OpenAPI spec; when it points at a file, strict mode is on. */
    public static final String SPEC_PROPERTY = "mistral.openapi.spec";
    /** Pending connections the listening socket queues: a burst of a thousand clients connects without a retry. */
    private static final int ACCEPT_BACKLOG = 1024;

    static {
        JdkServerTuning.apply();
    }

    private final String host;
    private final int requestedPort;
    private final String apiKey;
    private final OpenApiContract contract;
    private final SimulatorClock clock;
    private final SimulatorState state;
    private final BetaResources beta;
    private final RequestJournal requests = new RequestJournal();
    private final Faults faults = new Faults();
    private final JobScript batchJobs = new JobScript("batch",
            EnumSet.of(JobOutcome.SUCCESS, JobOutcome.FAILED, JobOutcome.TIMEOUT_EXCEEDED, JobOutcome.CANCELLED));
    private final JobScript fineTuningJobs = new JobScript("fine-tuning",
            EnumSet.of(JobOutcome.SUCCESS, JobOutcome.FAILED, JobOutcome.FAILED_VALIDATION, JobOutcome.CANCELLED));
    private final JobScript documentProcessing = new JobScript("document processing",
            EnumSet.of(JobOutcome.SUCCESS, JobOutcome.FAILED));
    private HttpServer server;
    private ExecutorService executor;
    private Deferrer deferrer;

    private MistralSimulator(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.apiKey = builder.apiKey;
        this.contract = builder.spec == null ? null : OpenApiContract.load(builder.spec);
        this.clock = builder.clock;
        this.state = new SimulatorState(clock);
        this.beta = new BetaResources(state);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server; the port is random unless one was given. */
    public synchronized MistralSimulator start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(host, requestedPort), ACCEPT_BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + host + ":" + requestedPort, e);
        }
        // waits run on the deferrer and hold no thread, but a slow client still holds one while it sends or
        // reads: threads are not capped, and idle ones go after a minute
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mistral-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        deferrer = new Deferrer(executor);
        server.createContext("/", new SimulatorHttpHandler(this, state, routes(), deferrer));
        server.start();
        return this;
    }

    private SimulatorHttpHandler.Routes routes() {
        InferenceOperations operations = new InferenceOperations(state);
        Router router = new Router();
        InferenceApi.register(router, operations, state.completionEvents());
        ObservabilityApi.register(router, state.completionEvents());
        TranscriptionApi.register(router, state.files());
        FilesApi.register(router, state, this::baseUrl);
        ModelsApi.register(router, state.models());
        BatchJobsApi.register(router, state, batchJobs);
        FineTuningJobsApi.register(router, state, fineTuningJobs);
        ConversationsApi.register(router, state);
        AgentsApi.register(router, state);
        LibrariesApi.register(router, state);
        LibraryDocumentsApi.register(router, state, documentProcessing, this::baseUrl);
        SpeechApi.register(router, state);
        VoicesApi.register(router, state);
        AdminApi.register(router, this);
        return new SimulatorHttpHandler.Routes(router, operations, contract);
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            deferrer.close();
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
            executor = null;
            deferrer = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The simulator is not started");
        }
        return server.getAddress().getPort();
    }

    /** The base URL to give a client, e.g. {@code http://127.0.0.1:54321} (the paths start with /v1). */
    public String baseUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** Every request received since the last reset. */
    public RequestJournal requests() {
        return requests;
    }

    public SimulatorClock clock() {
        return clock;
    }

    public Faults faults() {
        return faults;
    }

    /** The files and jobs stored right now, with their duplicates. */
    public StoredResources stored() {
        return new StoredResources(state);
    }

    /** Durations and outcomes of the batch jobs created from now on. */
    public JobScript batchJobs() {
        return batchJobs;
    }

    /** Durations and outcomes of the fine-tuning jobs created from now on. */
    public JobScript fineTuningJobs() {
        return fineTuningJobs;
    }

    /**
     * Durations and outcomes of the processing of library documents uploaded (or reprocessed) from now on: queued
     * is the time in {@code todo}, running the time in {@code in_progress}; SUCCESS ends in {@code done}, FAILED in
     * {@code error}.
     */
    public JobScript documentProcessing() {
        return documentProcessing;
    }

    /** The beta platform resources (conversations, agents, libraries, voices), to inspect and seed. */
    public BetaResources beta() {
        return beta;
    }

    /** The spec file strict mode validates against; empty when strict mode is off. */
    public Optional<Path> strictSpec() {
        return Optional.ofNullable(contract).map(OpenApiContract::source);
    }

    public boolean isStrict() {
        return contract != null;
    }

    /** Back to a fresh state: no files, jobs or fine-tuned models, no faults, clock offset and job scripts cleared. */
    public void reset() {
        requests.clear();
        faults.clear();
        clock.reset();
        batchJobs.reset();
        fineTuningJobs.reset();
        documentProcessing.reset();
        synchronized (state) {
            state.reset();
        }
    }

    /** A bearer key is required; with a configured key it must be that one. */
    boolean isAuthorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String key = authorization.substring(7).trim();
        return !key.isEmpty() && (apiKey == null || apiKey.equals(key));
    }

    @Override
    public String toString() {
        return "MistralSimulator[" + (isRunning() ? baseUrl() : "stopped") + (isStrict() ? ", strict" : "") + "]";
    }

    /** How to build a simulator; every setting has a default. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String apiKey;
        private Path spec = specFromSystemProperty().orElse(null);
        private SimulatorClock clock = SimulatorClock.system();

        private Builder() {
        }

        /** The strict-mode spec named by {@value #SPEC_PROPERTY}, when that file exists. */
        public static Optional<Path> specFromSystemProperty() {
            String property = System.getProperty(SPEC_PROPERTY);
            return property == null || property.isBlank() ? Optional.empty()
                    : Optional.of(Path.of(property)).filter(Files::isRegularFile);
        }

        /** The interface to listen on; loopback by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The only bearer key accepted; by default any non-empty key is. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Strict contract mode against this spec file. By default it is on when the {@value #SPEC_PROPERTY} system
         * property names an existing file; {@code null} turns it off.
         */
        public Builder strictSpec(Path spec) {
            if (spec != null && !Files.isRegularFile(spec)) {
                throw new IllegalArgumentException("No OpenAPI spec at " + spec.toAbsolutePath());
            }
            this.spec = spec;
            return this;
        }

        public Builder clock(SimulatorClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public MistralSimulator build() {
            return new MistralSimulator(this);
        }

        public MistralSimulator start() {
            return build().start();
        }
    }
}
