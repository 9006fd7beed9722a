package io.github.camelmistral.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.libraries.Library;
import io.github.camelmistral.api.libraries.LibraryDocument;
import io.github.camelmistral.simulator.JobOutcome;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The route pair the guide shows, in the YAML DSL on the simulator's real clock: files dropped in a folder are uploaded
 * to a library, and the trigger tells which documents the API processed and which it could not.
 */
class LibraryDocumentYamlDslTest extends CamelTestSupport {

    private static final String KEY = "sk-simulated";

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY);

    @TempDir
    Path inbox;

    @Test
    void uploadedFilesAreReportedProcessedOrFailed() throws Exception {
        sim.simulator().documentProcessing().durations(Duration.ofMillis(100), Duration.ofMillis(200))
                .script(JobOutcome.SUCCESS, JobOutcome.FAILED);
        String libraryId = template.requestBody("mistral:library?operation=create&baseUrl=" + sim.baseUrl() + "&apiKey="
                                                + KEY, Map.of("name", "Handbook"), Library.class).id();
        context.getPropertiesComponent().addInitialProperty("mistral.url", sim.baseUrl());
        context.getPropertiesComponent().addInitialProperty("mistral.key", KEY);
        context.getPropertiesComponent().addInitialProperty("handbook.library", libraryId);
        context.getPropertiesComponent().addInitialProperty("inbox", inbox.toString());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("documents.yaml", """
                - route:
                    from:
                      uri: "file:{{inbox}}"
                      parameters:
                        delay: 50
                        initialDelay: 0
                      steps:
                        - to: "mistral:libraryDocument?operation=upload&libraryId={{handbook.library}}&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    from:
                      uri: mistral:libraryDocument
                      parameters:
                        event: processed
                        libraryId: "{{handbook.library}}"
                        baseUrl: "{{mistral.url}}"
                        apiKey: "{{mistral.key}}"
                        delay: 100
                        initialDelay: 0
                      steps:
                        - to: mock:processed
                - route:
                    from:
                      uri: mistral:libraryDocument
                      parameters:
                        event: failed
                        libraryId: "{{handbook.library}}"
                        baseUrl: "{{mistral.url}}"
                        apiKey: "{{mistral.key}}"
                        delay: 100
                        initialDelay: 0
                      steps:
                        - to: mock:failed
                """));
        MockEndpoint processed = getMockEndpoint("mock:processed");
        MockEndpoint failed = getMockEndpoint("mock:failed");
        // the triggers have primed on the empty library before anything is uploaded
        String documents = "/v1/libraries/" + libraryId + "/documents";
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.simulator().requests().count("GET", documents) >= 2);

        Files.writeString(inbox.resolve("opening-hours.md"), "# Opening hours\n8:00 to 18:00", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed.getReceivedCounter() == 1);
        Files.writeString(inbox.resolve("broken.md"), "# Broken", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() -> failed.getReceivedCounter() == 1);

        LibraryDocument done = processed.getReceivedExchanges().get(0).getMessage().getBody(LibraryDocument.class);
        assertThat(done.name()).isEqualTo("opening-hours.md");
        assertThat(done.processStatus()).isEqualTo("done");
        assertThat(failed.getReceivedExchanges().get(0).getMessage().getHeaders())
                .containsEntry(MistralConstants.LIBRARY_ID, libraryId)
                .containsEntry(MistralConstants.DOCUMENT_STATUS, "error");
        assertThat(processed.getReceivedCounter()).as("each document is reported once").isEqualTo(1);
    }
}
