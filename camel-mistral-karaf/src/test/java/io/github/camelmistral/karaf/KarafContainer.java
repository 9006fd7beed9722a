package io.github.camelmistral.karaf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An unpacked Apache Karaf distribution run as its own process, as an operator runs it: {@code bin/karaf server},
 * commands through {@code bin/client} over SSH, {@code bin/stop}. It listens on loopback only, on free ports, and
 * resolves artifacts from its {@code system/} folder, then the local Maven repository, then Maven Central.
 */
final class KarafContainer implements AutoCloseable {

    static final String USER = "karaf";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;
    private final int sshPort;
    private Process process;

    private KarafContainer(Path home, int sshPort) {
        this.home = home;
        this.sshPort = sshPort;
    }

    /** Configures a freshly unpacked distribution: no state from an earlier run, loopback, free ports, a user. */
    static KarafContainer configure(Path home, Path localRepository) throws IOException {
        if (!Files.isExecutable(home.resolve("bin/karaf"))) {
            throw new IllegalStateException("No Karaf distribution at " + home + ": run the build's pre-integration-test phase");
        }
        deleteRecursively(home.resolve("data"));
        int sshPort = freePort();
        edit(home.resolve("etc/org.apache.karaf.shell.cfg"), Map.of("sshPort", String.valueOf(sshPort),
                "sshHost", "127.0.0.1"));
        edit(home.resolve("etc/org.apache.karaf.management.cfg"), Map.of(
                "rmiRegistryPort", String.valueOf(freePort()), "rmiServerPort", String.valueOf(freePort()),
                "rmiRegistryHost", "127.0.0.1", "rmiServerHost", "127.0.0.1"));
        // the distribution ships its admin user commented out
        Files.writeString(home.resolve("etc/users.properties"),
                USER + " = " + USER + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
        Files.writeString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), String.join("\n",
                "org.ops4j.pax.url.mvn.localRepository=" + localRepository.toAbsolutePath(),
                "org.ops4j.pax.url.mvn.useFallbackRepositories=false",
                "org.ops4j.pax.url.mvn.defaultRepositories=${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots",
                "org.ops4j.pax.url.mvn.repositories=https://repo1.maven.org/maven2@id=central",
                "org.ops4j.pax.url.mvn.timeout=10000",
                "org.ops4j.pax.url.mvn.socket.readTimeout=30000", ""));
        return new KarafContainer(home, sshPort);
    }

    /** Puts an artifact into {@code system/}, the container's own Maven repository, which it consults first. */
    void addToSystemRepository(String groupId, String artifactId, String version, String classifier, String type,
            Path file) throws IOException {
        String name = artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
        Path target = home.resolve("system").resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Starts {@code bin/karaf server} with the given framework (system) properties; returns once SSH answers. */
    void start(Map<String, String> properties, Path console) throws IOException {
        // etc/system.properties becomes system properties at boot: no quoting, whatever the values hold
        Path system = home.resolve("etc/system.properties");
        Properties settings = new Properties();
        settings.putAll(properties);
        try (Writer writer = Files.newBufferedWriter(system, StandardOpenOption.APPEND)) {
            settings.store(writer, "the Karaf test's settings");
        }
        process = script("karaf", "server").redirectOutput(console.toFile()).start();
        execute("echo started");
    }

    /**
     * Runs shell commands in one {@code bin/client} batch session and returns what they printed. A command that fails
     * makes the client say so and exit non-zero; that fails the call with the transcript.
     */
    String execute(String... commands) throws IOException {
        Process client = script("client", "-a", String.valueOf(sshPort), "-h", "127.0.0.1", "-u", USER, "-p", USER,
                "-r", "90", "-d", "1", "-b").start();
        try (OutputStream input = client.getOutputStream()) {
            input.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!client.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                client.destroyForcibly();
                throw new IllegalStateException("Karaf client timed out on " + List.of(commands) + ":\n" + output);
            }
            if (client.exitValue() != 0 || output.contains("Error executing command")) {
                throw new IllegalStateException("Karaf commands " + List.of(commands) + " failed (exit "
                                                + client.exitValue() + ", the whole message is in " + log() + "):\n"
                                                + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Karaf ran " + List.of(commands), e);
        }
    }

    Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** {@code bin/stop}, then the process and whatever it started, forcibly if it has not gone within a minute. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        script("stop").redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    /** One of the distribution's {@code bin/} scripts, run in its home on this JVM's Java. */
    private ProcessBuilder script(String name, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve(name).toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static void edit(Path config, Map<String, String> values) throws IOException {
        String text = Files.readString(config);
        for (Map.Entry<String, String> value : values.entrySet()) {
            String line = value.getKey() + " = " + value.getValue();
            Matcher setting = Pattern.compile("(?m)^" + Pattern.quote(value.getKey()) + "\\s*=.*$").matcher(text);
            text = setting.find() ? setting.replaceAll(Matcher.quoteReplacement(line)) : text + "\n" + line + "\n";
        }
        Files.writeString(config, text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
