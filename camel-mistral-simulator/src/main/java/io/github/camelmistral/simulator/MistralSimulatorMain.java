package io.github.camelmistral.simulator;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone server: {@code java -jar camel-mistral-simulator-<version>-standalone.jar [--port 8089]
 * [--host 127.0.0.1] [--spec path/to/openapi.yaml] [--api-key key]}. It runs until stopped (Ctrl+C).
 */
public final class MistralSimulatorMain {

    private MistralSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MistralSimulator.Builder builder = MistralSimulator.builder().port(8089);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                usage();
                return;
            }
            if (i + 1 >= args.length) {
                fail("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--host" -> builder.host(value);
                case "--spec" -> builder.strictSpec(Path.of(value));
                case "--api-key" -> builder.apiKey(value);
                default -> fail("Unknown option " + option);
            }
        }
        MistralSimulator simulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "mistral-simulator-shutdown"));
        System.out.println("Mistral simulator listening on " + simulator.baseUrl()
                + simulator.strictSpec().map(spec -> " (strict contract mode: " + spec + ")").orElse(""));
        stopped.await();
    }

    private static void usage() {
        System.out.println("Usage: java -jar camel-mistral-simulator-standalone.jar [--port 8089] "
                + "[--host 127.0.0.1] [--spec openapi.yaml] [--api-key key]");
    }

    private static void fail(String message) {
        System.err.println(message);
        usage();
        System.exit(2);
    }
}
