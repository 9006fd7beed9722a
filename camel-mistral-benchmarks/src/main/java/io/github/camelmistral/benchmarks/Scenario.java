package io.github.camelmistral.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelmistral.MistralComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** The measured scenarios, each run for one client in a JVM of its own. */
enum Scenario {

    CHAT_CPU("chat-cpu", true) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) throws Exception {
            for (int round = -sizes.warmupRounds(); round < sizes.rounds(); round++) {
                Meter meter = Meter.start();
                for (int call = 0; call < sizes.chatCalls(); call++) {
                    client.chat("What is the weather in Paris?");
                }
                if (round >= 0) {
                    result.add(CPU_PER_CALL, meter.cpuNanos() / 1e3 / sizes.chatCalls())
                            .add(ALLOC_PER_CALL, meter.allocatedBytesSince() / 1024.0 / sizes.chatCalls())
                            .add(WALL_PER_CALL, meter.wallNanos() / 1e3 / sizes.chatCalls());
                }
            }
            return result;
        }
    },

    BURST("burst", true) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) {
            for (int round = -sizes.warmupRounds(); round < sizes.rounds(); round++) {
                Meter.resetPeakThreads();
                Meter meter = Meter.start();
                List<CompletableFuture<?>> calls = new ArrayList<>(sizes.burstCalls());
                for (int call = 0; call < sizes.burstCalls(); call++) {
                    calls.add(client.chatLater("Call " + call));
                }
                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
                if (round >= 0) {
                    result.add(WALL_MS, meter.wallNanos() / 1e6)
                            .add(PEAK_THREADS, Meter.peakThreads())
                            .add(CPU_PER_CALL, meter.cpuNanos() / 1e3 / sizes.burstCalls());
                }
            }
            return result;
        }
    },

    STREAM("stream", true) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) throws Exception {
            for (int round = -sizes.warmupRounds(); round < sizes.rounds(); round++) {
                Meter meter = Meter.start();
                long[] lags = new long[sizes.streams()];
                for (int stream = 0; stream < sizes.streams(); stream++) {
                    lags[stream] = client.streamFirstDeltaLagMicros("Tell me a story");
                }
                if (round >= 0) {
                    java.util.Arrays.sort(lags);
                    result.add(CPU_PER_STREAM, meter.cpuNanos() / 1e3 / sizes.streams())
                            .add(ALLOC_PER_STREAM, meter.allocatedBytesSince() / 1024.0 / sizes.streams())
                            .add(FIRST_DELTA_LAG, lags[lags.length / 2]);
                }
            }
            return result;
        }
    },

    EMBEDDINGS("embeddings", true) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) throws Exception {
            List<String> texts = IntStream.range(0, sizes.texts()).mapToObj(i -> "Text number " + i).toList();
            for (int round = -sizes.warmupRounds(); round < sizes.rounds(); round++) {
                Meter meter = Meter.start();
                int vectors = client.embed(texts);
                if (vectors != texts.size()) {
                    throw new IllegalStateException(vectors + " vectors for " + texts.size() + " texts");
                }
                if (round >= 0) {
                    result.add(TEXTS_PER_SECOND, texts.size() / (meter.wallNanos() / 1e9))
                            .add(CPU_PER_TEXT, meter.cpuNanos() / 1e3 / texts.size())
                            .add(ALLOC_PER_TEXT, meter.allocatedBytesSince() / 1024.0 / texts.size());
                }
            }
            return result;
        }
    },

    /** The tool loop against the plain call, both measured in this JVM: what the loop adds beyond its two calls. */
    TOOL_LOOP("tool-loop", false) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) throws Exception {
            ComponentClient component = (ComponentClient) client;
            for (int round = -sizes.warmupRounds(); round < sizes.rounds(); round++) {
                Meter plain = Meter.start();
                for (int call = 0; call < sizes.toolCalls(); call++) {
                    component.chat("What is the weather in Paris?");
                }
                double plainCpu = plain.cpuNanos() / 1e3 / sizes.toolCalls();
                double plainAlloc = plain.allocatedBytesSince() / 1024.0 / sizes.toolCalls();
                Meter loop = Meter.start();
                for (int call = 0; call < sizes.toolCalls(); call++) {
                    component.chatWithTool("What is the weather in Paris?");
                }
                double loopCpu = loop.cpuNanos() / 1e3 / sizes.toolCalls();
                double loopAlloc = loop.allocatedBytesSince() / 1024.0 / sizes.toolCalls();
                if (round >= 0) {
                    result.add(CPU_PER_CALL, loopCpu).add(ALLOC_PER_CALL, loopAlloc)
                            .add(PLAIN_CPU_PER_CALL, plainCpu).add(PLAIN_ALLOC_PER_CALL, plainAlloc)
                            .add(OVERHEAD_CPU, loopCpu - 2 * plainCpu).add(OVERHEAD_ALLOC, loopAlloc - 2 * plainAlloc);
                }
            }
            return result;
        }
    },

    /** Big bodies through a small heap: the JVM of this scenario gets {@link #SMALL_HEAP}, one round, no warm-up. */
    MEMORY("memory", false) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) {
            ComponentClient component = (ComponentClient) client;
            double mib = sizes.fileBytes() / (1024.0 * 1024);
            Meter.resetPeakHeap();
            Meter upload = Meter.start();
            String fileId = component.upload(new GeneratedContent(sizes.fileBytes()));
            result.add(UPLOAD_MIB_PER_S, mib / (upload.wallNanos() / 1e9)).add(UPLOAD_PEAK_HEAP, Meter.peakOldGenMib());
            Meter.resetPeakHeap();
            Meter download = Meter.start();
            long downloaded = component.download(fileId);
            result.add(DOWNLOAD_MIB_PER_S, mib / (download.wallNanos() / 1e9)).add(DOWNLOAD_PEAK_HEAP, Meter.peakOldGenMib());
            Meter.resetPeakHeap();
            long chars = component.bigStream();
            result.add(STREAM_PEAK_HEAP, Meter.peakOldGenMib());
            // the stub names the file after the bytes it received: the content and the multipart framing around it
            long received = Long.parseLong(fileId.substring("file-".length()));
            if (received < sizes.fileBytes() || downloaded != received
                || chars < sizes.streamedReplyBytes() - StubServer.BIG_DELTA.length()) {
                throw new IllegalStateException("Moved " + fileId + " up, " + downloaded + " bytes down, " + chars
                                                + " chars streamed: not what was sent");
            }
            return result;
        }

        @Override
        List<String> jvmOptions() {
            return SMALL_HEAP;
        }
    },

    TRIGGER_NO_OPEN("trigger-0-open", false) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) throws Exception {
            return pollCost(sizes, 0, result);
        }
    },

    TRIGGER_50_OPEN("trigger-50-open", false) {
        @Override
        Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result) throws Exception {
            return pollCost(sizes, 50, result);
        }
    };

    static final String CPU_PER_CALL = "CPU µs/call";
    static final String ALLOC_PER_CALL = "alloc KiB/call";
    static final String WALL_PER_CALL = "wall µs/call";
    static final String WALL_MS = "wall ms";
    static final String PEAK_THREADS = "peak live threads";
    static final String CPU_PER_STREAM = "CPU µs/stream";
    static final String ALLOC_PER_STREAM = "alloc KiB/stream";
    static final String FIRST_DELTA_LAG = "first-delta lag µs (median of the round)";
    static final String TEXTS_PER_SECOND = "texts/s";
    static final String CPU_PER_TEXT = "CPU µs/text";
    static final String ALLOC_PER_TEXT = "alloc KiB/text";
    static final String PLAIN_CPU_PER_CALL = "plain call CPU µs";
    static final String PLAIN_ALLOC_PER_CALL = "plain call alloc KiB";
    static final String OVERHEAD_CPU = "loop overhead CPU µs";
    static final String OVERHEAD_ALLOC = "loop overhead alloc KiB";
    static final String REQUESTS_PER_POLL = "requests/poll";
    static final String UPLOAD_MIB_PER_S = "upload MiB/s";
    static final String UPLOAD_PEAK_HEAP = "upload: peak old gen MiB";
    static final String DOWNLOAD_MIB_PER_S = "download MiB/s";
    static final String DOWNLOAD_PEAK_HEAP = "download: peak old gen MiB";
    static final String STREAM_PEAK_HEAP = "streamed reply: peak old gen MiB";
    static final List<String> SMALL_HEAP = List.of("-Xms64m", "-Xmx64m", "-XX:+UseG1GC");
    static final String PRIMING_REQUESTS = "requests of the first poll";

    private final String id;
    private final boolean hasFloor;

    Scenario(String id, boolean hasFloor) {
        this.id = id;
        this.hasFloor = hasFloor;
    }

    /** The options of the JVM it runs in: the same heap for every client, unless the scenario is about the heap. */
    List<String> jvmOptions() {
        return RunAll.CLIENT_JVM_OPTIONS;
    }

    /** Whether it needs a client from the caller (the trigger scenarios start their own stub and route). */
    boolean needsClient() {
        return this != TRIGGER_NO_OPEN && this != TRIGGER_50_OPEN;
    }

    String id() {
        return id;
    }

    /** Whether the raw JDK client runs it too (the floor); otherwise only the component does. */
    boolean hasFloor() {
        return hasFloor;
    }

    static Scenario byId(String id) {
        for (Scenario scenario : values()) {
            if (scenario.id.equals(id)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("Unknown scenario '" + id + "'");
    }

    /** Runs the warm-up and the measured rounds, adding each measured round to {@code result}. */
    abstract Measurement.Builder measure(BenchClient client, Sizes sizes, Measurement.Builder result)
            throws Exception;

    /**
     * A batch-job trigger on a stub of its own with {@code historicJobs} finished jobs and {@code open} running ones:
     * the requests the stub saw during each poll, counted between the ends of consecutive polls.
     */
    private static Measurement.Builder pollCost(Sizes sizes, int open, Measurement.Builder result) throws Exception {
        try (StubServer stub = new StubServer(sizes.deltas(), sizes.dimensions(), sizes.historicJobs(), open);
             CamelContext context = new DefaultCamelContext()) {
            MistralComponent mistral = new MistralComponent();
            mistral.getConfiguration().setBaseUrl(stub.baseUrl());
            mistral.getConfiguration().setApiKey("benchmark-key");
            context.addComponent("mistral", mistral);
            List<Long> countsAtPollEnd = java.util.Collections.synchronizedList(new ArrayList<>());
            context.getRegistry().bind("countingPolls", new PollingConsumerPollStrategy() {
                @Override
                public boolean begin(Consumer consumer, Endpoint endpoint) {
                    return true;
                }

                @Override
                public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                    countsAtPollEnd.add(stub.requests("/v1/batch/jobs"));
                }

                @Override
                public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception e) {
                    throw new IllegalStateException("A poll failed", e);
                }
            });
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mistral:batchJob?event=succeeded&initialDelay=0&delay=20&pollStrategy=#countingPolls")
                            .log("unexpected ${body}");
                }
            });
            context.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (countsAtPollEnd.size() < sizes.polls() + 1) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Only " + countsAtPollEnd.size() + " polls in 60 s");
                }
                Thread.sleep(5);
            }
            List<Long> counts = List.copyOf(countsAtPollEnd);
            result.add(PRIMING_REQUESTS, counts.get(0));
            for (int poll = 1; poll <= sizes.polls(); poll++) {
                result.add(REQUESTS_PER_POLL, counts.get(poll) - counts.get(poll - 1));
            }
            return result;
        }
    }
}
