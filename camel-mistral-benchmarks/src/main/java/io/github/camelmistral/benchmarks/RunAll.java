package io.github.camelmistral.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one command behind run.sh: starts the stub in this JVM, runs every scenario for every client in a JVM of its
 * own with the same heap settings, and writes the report.
 *
 * <p>Arguments: {@code [--sizes full|smoke] [--out BENCHMARKS.md]}.
 */
public final class RunAll {

    /** The same for every client: a fixed heap, so no client gains from a larger one. */
    static final List<String> CLIENT_JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);

    private RunAll() {
    }

    public static void main(String[] args) throws Exception {
        String sizesName = "full";
        Path out = Path.of("BENCHMARKS.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizesName = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + ": [--sizes full|smoke] [--out BENCHMARKS.md]");
            }
        }
        Results results = run(sizesName, RunAll::inOwnJvm);
        Files.writeString(out, new Report(Sizes.named(sizesName), results).markdown());
        System.out.println("Wrote " + out.toAbsolutePath() + (results.failures().isEmpty() ? ""
                : " (failed: " + results.failures() + ")"));
    }

    /** What every client measured, and the runs that failed (named, so that the report can say so). */
    record Results(List<Measurement> measurements, List<String> failures, Duration elapsed) {
    }

    /** Runs one scenario for one client against the stub at {@code baseUrl}. */
    @FunctionalInterface
    interface Launcher {
        Measurement launch(Scenario scenario, ClientKind kind, String baseUrl, String sizes) throws Exception;
    }

    /** In this JVM: for the smoke round of the build, which checks that the harness works, not the numbers. */
    static Measurement inThisJvm(Scenario scenario, ClientKind kind, String baseUrl, String sizes) throws Exception {
        return ScenarioMain.run(scenario, kind, baseUrl, Sizes.named(sizes));
    }

    static Results run(String sizesName, Launcher launcher) throws Exception {
        Sizes sizes = Sizes.named(sizesName);
        long start = System.nanoTime();
        List<Measurement> measurements = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (StubServer stub = new StubServer(sizes.deltas(), sizes.dimensions(), 0, 0)) {
            for (Scenario scenario : Scenario.values()) {
                for (ClientKind kind : ClientKind.values()) {
                    if (kind == ClientKind.COMPONENT || scenario.hasFloor()) {
                        String run = scenario.id() + "/" + kind;
                        System.out.println("Running " + run);
                        try {
                            measurements.add(launcher.launch(scenario, kind, stub.baseUrl(), sizesName));
                        } catch (Exception e) {
                            System.err.println(run + " failed: " + e.getMessage());
                            failures.add(run);
                        }
                    }
                }
            }
        }
        return new Results(measurements, failures, Duration.ofNanos(System.nanoTime() - start));
    }

    static Measurement inOwnJvm(Scenario scenario, ClientKind kind, String baseUrl, String sizes)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(scenario.jvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ScenarioMain.class.getName());
        command.add(scenario.id());
        command.add(kind.name());
        command.add(baseUrl);
        command.add(sizes);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        // read on another thread, so that a child that hangs is stopped after the timeout instead of blocking here
        CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> resultLine(process));
        if (!process.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("no result within " + CHILD_TIMEOUT);
        }
        String line = result.get(10, TimeUnit.SECONDS);
        if (process.exitValue() != 0 || line == null) {
            throw new IllegalStateException("exit code " + process.exitValue() + ", no result");
        }
        return new ObjectMapper().readValue(line, Measurement.class);
    }

    /** The last {@link ScenarioMain#RESULT_PREFIX} line the child prints, without the prefix; null without one. */
    private static String resultLine(Process process) {
        String result = null;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(ScenarioMain.RESULT_PREFIX)) {
                    result = line.substring(ScenarioMain.RESULT_PREFIX.length());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
