package io.github.camelmistral.example;

import java.util.concurrent.TimeUnit;

import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the demo routes once and exits: against the real Mistral API when {@code MISTRAL_API_KEY} is set, otherwise
 * against the embedded simulator.
 */
public final class ExampleApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleApplication.class);
    private static final long DEMO_TIMEOUT_SECONDS = 120;

    private ExampleApplication() {
    }

    public static void main(String[] args) throws Exception {
        DemoReport report = run(System.getenv("MISTRAL_API_KEY"));
        System.exit(report.failures().isEmpty() && !report.results().isEmpty() ? 0 : 1);
    }

    /** Runs the demo to its end and returns what each step produced. */
    public static DemoReport run(String apiKey) throws Exception {
        try (ApiTarget target = ApiTarget.resolve(apiKey)) {
            LOG.info(target.describe());
            DemoReport report = new DemoReport(target.isSimulated());
            Main main = new Main(ExampleApplication.class);
            main.bind("demoReport", report);
            ChatServer chat = ChatServer.start(Integer.getInteger("example.chat.port", 0));
            main.bind("chatClient", new ChatClient(chat.port()));
            main.addInitialProperty("camel.component.mistral.base-url", target.baseUrl());
            main.addInitialProperty("camel.component.mistral.api-key", target.apiKey());
            main.start();
            try (chat) {
                chat.serve(main.getCamelContext().createProducerTemplate());
                LOG.info("POST http://127.0.0.1:{}/chat streams a reply as it is generated", chat.port());
                if (!report.awaitFinish(DEMO_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.error("The demo did not finish within {} s; see the log above for the step that failed",
                            DEMO_TIMEOUT_SECONDS);
                }
                if (Boolean.getBoolean("example.keepRunning")) {
                    LOG.info("Keeping the application running (example.keepRunning=true): try curl -N -d 'Tell me a "
                             + "story' http://127.0.0.1:{}/chat, Ctrl-C to stop", chat.port());
                    new java.util.concurrent.CountDownLatch(1).await();
                }
            } finally {
                main.stop();
            }
            if (!target.isSimulated()) {
                LOG.info("The batch job keeps running at Mistral; the trigger route logs its results when it succeeds "
                         + "if the application is still running then.");
            }
            return report;
        }
    }
}
