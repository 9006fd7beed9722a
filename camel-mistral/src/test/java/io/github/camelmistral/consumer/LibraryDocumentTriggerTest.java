package io.github.camelmistral.consumer;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.libraries.Library;
import io.github.camelmistral.api.libraries.LibraryDocument;
import io.github.camelmistral.simulator.JobOutcome;
import io.github.camelmistral.simulator.MistralSimulator;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import io.github.camelmistral.simulator.RecordedRequest;
import io.github.camelmistral.simulator.SimulatorClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code mistral:libraryDocument?event=processed|failed} against the stateful simulator, whose document processing
 * runs on its clock ({@code todo} 2 s, {@code in_progress} 3 s by default) and can be scripted to fail. Triggers poll
 * only when a test says so, each on a CamelContext of its own, so that a restart is a new context reading the same
 * state file.
 */
class LibraryDocumentTriggerTest extends CamelTestSupport {

    private static final String KEY = "sk-simulated";
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY)
            .clock(SimulatorClock.fixed(T0));

    @TempDir
    Path dir;

    private final List<Exchange> processed = new CopyOnWriteArrayList<>();
    private final List<Exchange> failed = new CopyOnWriteArrayList<>();
    private final List<CamelContext> nodes = new CopyOnWriteArrayList<>();
    private String libraryId;

    private static String mistral(String api, String options) {
        return "mistral:" + api + "?baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY + "&" + options;
    }

    @BeforeEach
    void createLibrary() {
        libraryId = template.requestBody(mistral("library", "operation=create"), Map.of("name", "Handbook"),
                Library.class).id();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(CamelContext::stop);
    }

    /** A context with a processed and a failed trigger on the library, polled by hand. */
    private CamelContext node(String options, Object stateRepository) throws Exception {
        CamelContext node = new DefaultCamelContext();
        String state = "";
        if (stateRepository != null) {
            node.getRegistry().bind("triggerState", stateRepository);
            state = "&stateRepository=#triggerState";
        }
        String common = "libraryId=" + libraryId + "&startScheduler=false" + state + (options.isEmpty() ? "" : "&" + options);
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(mistral("libraryDocument", "event=processed&" + common)).routeId("processed")
                        .process(exchange -> processed.add(exchange.copy()));
                from(mistral("libraryDocument", "event=failed&" + common)).routeId("failed")
                        .process(exchange -> failed.add(exchange.copy()));
            }
        });
        node.start();
        nodes.add(node);
        return node;
    }

    private static void pollBoth(CamelContext node) {
        TriggerTestSupport.poll(node, "processed");
        TriggerTestSupport.poll(node, "failed");
    }

    private String upload(String name) {
        return template.request(mistral("libraryDocument", "operation=upload&libraryId=" + libraryId), exchange -> {
            exchange.getIn().setHeader(Exchange.FILE_NAME, name);
            exchange.getIn().setBody(("# " + name).getBytes(StandardCharsets.UTF_8));
        }).getMessage().getHeader(MistralConstants.DOCUMENT_ID, String.class);
    }

    private static MistralSimulator simulator() {
        return sim.simulator();
    }

    private static List<String> names(List<Exchange> exchanges) {
        return exchanges.stream().map(exchange -> exchange.getMessage().getBody(LibraryDocument.class).name()).toList();
    }

    @Test
    void eachDocumentIsReportedOnceWhenItsProcessingEndsHoweverManyPollsLater() throws Exception {
        CamelContext node = node("", null);
        pollBoth(node); // first start on an empty library: nothing to record
        simulator().documentProcessing().script(JobOutcome.SUCCESS, JobOutcome.FAILED);
        String good = upload("good.md");
        String bad = upload("bad.md");
        pollBoth(node); // todo
        simulator().clock().advance(Duration.ofSeconds(3));
        pollBoth(node); // in_progress
        assertThat(processed).isEmpty();
        assertThat(failed).isEmpty();

        simulator().clock().advance(Duration.ofSeconds(5));
        pollBoth(node);
        pollBoth(node);

        assertThat(names(processed)).containsExactly("good.md");
        Exchange done = processed.get(0);
        assertThat(done.getMessage().getHeaders()).containsEntry(MistralConstants.DOCUMENT_ID, good)
                .containsEntry(MistralConstants.LIBRARY_ID, libraryId)
                .containsEntry(MistralConstants.DOCUMENT_STATUS, "done")
                .containsEntry(MistralConstants.EVENT_TYPE, "library_document.processed")
                .containsEntry(MistralConstants.EVENT_ID, "library_document.processed:" + good);
        assertThat(done.getMessage().getBody(LibraryDocument.class).processStatus()).isEqualTo("done");
        assertThat(names(failed)).containsExactly("bad.md");
        assertThat(failed.get(0).getMessage().getHeaders()).containsEntry(MistralConstants.DOCUMENT_ID, bad)
                .containsEntry(MistralConstants.DOCUMENT_STATUS, "error")
                .containsEntry(MistralConstants.EVENT_ID, "library_document.failed:" + bad);
    }

    @Test
    void aDocumentAlreadyProcessedAtFirstSightIsOnlyReportedFromTheBeginning() throws Exception {
        upload("old.md");
        String running = upload("running.md");
        simulator().clock().advance(Duration.ofSeconds(10));
        simulator().documentProcessing().durations(Duration.ofSeconds(2), Duration.ofSeconds(30));
        // running.md ended with the default durations: reprocessing it keeps it busy for a while
        template.request(mistral("libraryDocument", "operation=reprocess&libraryId=" + libraryId + "&documentId="
                                                    + running), exchange -> {
                                                    });

        CamelContext fromNow = node("", null);
        pollBoth(fromNow);
        assertThat(processed).as("startFrom=now records what has ended without reporting it").isEmpty();
        simulator().clock().advance(Duration.ofMinutes(1));
        upload("fresh.md");
        simulator().clock().advance(Duration.ofMinutes(1));
        pollBoth(fromNow);
        assertThat(names(processed)).as("what was running at first sight is followed to its end")
                .containsExactlyInAnyOrder("running.md", "fresh.md");

        processed.clear();
        CamelContext fromBeginning = node("startFrom=beginning", null);
        pollBoth(fromBeginning);
        assertThat(names(processed)).containsExactly("old.md", "running.md", "fresh.md");
    }

    @Test
    void aRestartInBetweenLosesAndRepeatsNothing() throws Exception {
        File stateFile = dir.resolve("mistral-triggers.dat").toFile();
        String first = upload("first.md");
        CamelContext before = node("", FileStateRepository.fileStateRepository(stateFile));
        pollBoth(before); // first.md is todo: followed
        before.stop();

        // while the application is down: first.md ends, second.md comes and ends, third.md comes and fails
        simulator().clock().advance(Duration.ofSeconds(10));
        upload("second.md");
        simulator().documentProcessing().script(JobOutcome.FAILED);
        upload("third.md");
        simulator().clock().advance(Duration.ofSeconds(10));

        CamelContext after = node("", FileStateRepository.fileStateRepository(stateFile));
        pollBoth(after);
        pollBoth(after);

        assertThat(names(processed)).containsExactly("first.md", "second.md");
        assertThat(processed.get(0).getMessage().getHeader(MistralConstants.EVENT_ID))
                .isEqualTo("library_document.processed:" + first);
        assertThat(names(failed)).containsExactly("third.md");
    }

    @Test
    void aDocumentDeletedWhileProcessingReportsNothingAndIsNoLongerAskedAbout() throws Exception {
        CamelContext node = node("pageSize=1", null);
        String doomed = upload("doomed.md");
        pollBoth(node); // followed
        simulator().clock().advance(Duration.ofMinutes(2));
        upload("newer.md"); // the listing's first page no longer reaches doomed.md: a GET asks about it
        template.request(mistral("libraryDocument", "operation=delete&libraryId=" + libraryId + "&documentId="
                                                    + doomed), exchange -> {
                                                    });
        simulator().clock().advance(Duration.ofSeconds(10));
        pollBoth(node);
        String doomedPath = "/v1/libraries/" + libraryId + "/documents/" + doomed;
        assertThat(simulator().requests().count("GET", doomedPath)).as("one 404 per trigger").isEqualTo(2);

        simulator().requests().clear();
        pollBoth(node);
        assertThat(simulator().requests().count("GET", doomedPath)).isZero();
        assertThat(names(processed)).containsExactly("newer.md");
        assertThat(failed).isEmpty();
    }

    @Test
    void aPollCostsTheHeadOfTheLibraryAndOneGetPerDocumentStillProcessing() throws Exception {
        simulator().documentProcessing().durations(Duration.ofHours(1), Duration.ofHours(1));
        String slowA = upload("slow-a.md");
        String slowB = upload("slow-b.md");
        simulator().documentProcessing().durations(Duration.ofSeconds(1), Duration.ofSeconds(1));
        simulator().clock().advance(Duration.ofMinutes(5));
        for (int i = 0; i < 25; i++) {
            upload("quick-" + i + ".md");
            simulator().clock().advance(Duration.ofSeconds(1));
        }
        simulator().clock().advance(Duration.ofMinutes(1));
        CamelContext node = node("pageSize=10&createdAfterOverlap=0", null);
        TriggerTestSupport.poll(node, "processed"); // the first start reads the whole library once
        simulator().requests().clear();

        simulator().clock().advance(Duration.ofMinutes(1));
        TriggerTestSupport.poll(node, "processed");

        String documents = "/v1/libraries/" + libraryId + "/documents";
        List<RecordedRequest> listings = simulator().requests().to("GET", documents);
        assertThat(listings).hasSize(1);
        assertThat(listings.get(0).queryParameter("sort_by")).containsExactly("created_at");
        assertThat(listings.get(0).queryParameter("sort_order")).containsExactly("desc");
        assertThat(listings.get(0).queryParameter("page")).containsExactly("0");
        assertThat(listings.get(0).queryParameter("page_size")).containsExactly("10");
        assertThat(simulator().requests().countsByPath()).containsOnlyKeys(documents, documents + "/" + slowA,
                documents + "/" + slowB);
        assertThat(simulator().requests().count()).isEqualTo(3);
        assertThat(processed).isEmpty();
    }

    @Test
    void aTriggerWithoutLibraryIsRefusedAtStartup() {
        CamelContext node = new DefaultCamelContext();
        nodes.add(node);
        assertThatThrownBy(() -> {
            node.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(mistral("libraryDocument", "event=processed")).to("log:never");
                }
            });
            node.start();
        }).hasStackTraceContaining("needs the libraryId option");
    }
}
