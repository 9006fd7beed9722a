package io.github.camelmistral.producer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 300 MB upload and download through {@code mistral:file} routes in a JVM limited to a 64 MB heap: memory use must not
 * depend on the file size. The scenario runs in its own JVM, forked here, so that the limit applies to it alone.
 */
class FileLargeStreamingTest {

    private static final int FILE_MB = 300;
    private static final String MAX_HEAP = "-Xmx64m";

    @TempDir
    Path work;

    @Test
    void aFileFiveTimesLargerThanTheHeapIsUploadedAndDownloadedIntact() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = work.resolve("scenario.log");
        Process scenario = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", classpath,
                LargeFileScenario.class.getName(), String.valueOf(FILE_MB), work.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        boolean finished = scenario.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            scenario.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("the scenario finished; its output:%n%s", output).isTrue();
        assertThat(scenario.exitValue()).as("exit code of the scenario; its output:%n%s", output).isZero();
        assertThat(output)
                .contains("bytes of multipart, file content intact")
                .contains("downloaded " + FILE_MB * 1024L * 1024 + " bytes, content intact");
    }
}
