package io.github.camelmistral.kamelets;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sources as the first step of a YAML route ({@code from: kamelet:mistral-...-source} to {@code mock:events}),
 * polling the simulator every 100 ms. Jobs and files are made with the component itself; the simulator's clock is
 * moved on so that jobs end without waiting.
 */
class MistralSourceKameletsTest extends KameletTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONG_ENOUGH = Duration.ofSeconds(20);

    @Test
    void batchJobSourceEmitsTheSucceededJobAsJson() throws Exception {
        startSource("batch-job", "event: succeeded");
        String job = createBatchJob();
        Exchange event = eventsOnceJobsEnd("/v1/batch/jobs", 1).get(0);
        JsonNode body = json(event);
        assertThat(body.path("id").asText()).isEqualTo(job);
        assertThat(body.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(body.path("output_file").asText()).isNotBlank();
        assertThat(body.has("agent_id")).as("nulls are left out").isFalse();
        assertThat(event.getMessage().getHeader("CamelMistralEventType")).isEqualTo("batch_job.succeeded");
        assertThat(event.getMessage().getHeader("CamelMistralJobId")).isEqualTo(job);
        assertThat(event.getMessage().getHeader("CamelMistralJobStatus")).isEqualTo("SUCCESS");
    }

    @Test
    void batchJobSourceWithIncludeResultsEmitsOneEventPerResultLine() throws Exception {
        startSource("batch-job", "event: succeeded\nincludeResults: true");
        String job = createBatchJob();
        List<Exchange> events = eventsOnceJobsEnd("/v1/batch/jobs", 2);
        assertThat(events).extracting(e -> json(e).path("custom_id").asText()).containsExactly("0", "1");
        JsonNode first = json(events.get(0));
        assertThat(first.at("/response/status_code").asInt()).isEqualTo(200);
        assertThat(first.at("/response/body/choices/0/message/content").asText()).contains("first question");
        assertThat(events).extracting(e -> e.getMessage().getHeader("CamelMistralJobId")).containsOnly(job);
        assertThat(events).extracting(e -> e.getMessage().getHeader("CamelMistralEventId", String.class))
                .doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("batch_job.succeeded"));
        assertThat(events).allSatisfy(e -> assertThat(e.getMessage().getHeaders()).doesNotContainKey("CamelMistralBatchResults"));
    }

    @Test
    void aResultLineTheRouteFailsOnDeliversTheJobsLinesAgainAtTheNextPoll() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        context.getRegistry().bind("failOnceOnSecondLine", (Processor) exchange -> {
            if (json(exchange).path("custom_id").asText().equals("1") && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("the sink is down");
            }
        });
        loadYaml("failing-sink-route.yaml", """
                - route:
                    from:
                      uri: kamelet:mistral-batch-job-source
                      parameters:
                        apiKey: "{{mistral.key}}"
                        baseUrl: "{{mistral.url}}"
                        event: succeeded
                        includeResults: true
                        delay: 100
                      steps:
                        - process:
                            ref: failOnceOnSecondLine
                        - to: mock:events
                """);
        createBatchJob();

        List<Exchange> events = eventsOnceJobsEnd("/v1/batch/jobs", 3);

        assertThat(failed).isTrue();
        assertThat(events).extracting(e -> json(e).path("custom_id").asText()).containsExactly("0", "0", "1");
        assertThat(events.get(0).getMessage().getHeader("CamelMistralEventId"))
                .isEqualTo(events.get(1).getMessage().getHeader("CamelMistralEventId"));
    }

    @Test
    void fineTuningJobSourceEmitsTheSucceededJobWithItsModel() throws Exception {
        startSource("fine-tuning-job", "event: succeeded\nmodel: open-mistral-7b");
        String training = upload("fine-tune", "train.jsonl",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}]}\n");
        String job = idOf(template.request(mistral("fineTuningJob",
                "operation=create&model=open-mistral-7b&trainingSteps=10&trainingFiles=" + training), exchange -> { }), "CamelMistralJobId");
        Exchange event = eventsOnceJobsEnd("/v1/fine_tuning/jobs", 1).get(0);
        JsonNode body = json(event);
        assertThat(body.path("id").asText()).isEqualTo(job);
        assertThat(body.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(body.path("fine_tuned_model").asText()).startsWith("ft:open-mistral-7b");
        assertThat(event.getMessage().getHeader("CamelMistralEventType")).isEqualTo("fine_tuning_job.succeeded");
    }

    @Test
    void fileSourceEmitsUploadsOfItsPurpose() throws Exception {
        startSource("file", "event: uploaded\npurpose: batch");
        awaitPollAfter("/v1/files");

        upload("ocr", "scan.pdf", "%PDF-1.4");
        String uploaded = upload("batch", "requests.jsonl", "{}\n");

        Exchange event = awaitEvents(1).get(0);
        JsonNode body = json(event);
        assertThat(body.path("id").asText()).isEqualTo(uploaded);
        assertThat(body.path("filename").asText()).isEqualTo("requests.jsonl");
        assertThat(event.getMessage().getHeader("CamelMistralFileId")).isEqualTo(uploaded);
        assertThat(event.getMessage().getHeader("CamelMistralEventType")).isEqualTo("file.uploaded");
        awaitPollAfter("/v1/files");
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).as("the ocr file is filtered out").isEqualTo(1);
    }

    @Test
    void fileSourceFromTheBeginningEmitsTheFilesThatAlreadyExist() throws Exception {
        String existing = upload("batch", "earlier.jsonl", "{}\n");

        startSource("file", "event: uploaded\nstartFrom: beginning");

        assertThat(json(awaitEvents(1).get(0)).path("id").asText()).isEqualTo(existing);
    }

    @Test
    void fileSourceEmitsDeletions() throws Exception {
        String file = upload("batch", "old.jsonl", "{}\n");
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("triggerState", state);
        startSource("file", "event: deleted\nstateRepository: \"#triggerState\"");
        awaitPollAfter("/v1/files");
        assertThat(readable(state.getState("mistral:file:deleted"))).as("what the source has seen, in the bean")
                .contains(file);

        template.requestBodyAndHeader(mistral("file", "operation=delete"), null, "CamelMistralFileId", file);

        Exchange event = awaitEvents(1).get(0);
        JsonNode body = json(event);
        assertThat(body.path("id").asText()).isEqualTo(file);
        assertThat(body.path("deleted").asBoolean()).isTrue();
        assertThat(event.getMessage().getHeader("CamelMistralFileExpired", Boolean.class)).isFalse();
    }

    @Test
    void fileSourceAsThePipesSource() throws Exception {
        configureLikeCamelK("mistral-file-source");
        loadPipe("mistral-uploads", """
                source:
                  ref:
                    kind: Kamelet
                    apiVersion: camel.apache.org/v1
                    name: mistral-file-source
                  properties:
                    event: uploaded
                    delay: 100
                sink:
                  uri: mock:events
                """);
        awaitPollAfter("/v1/files");

        String uploaded = upload("ocr", "scan.pdf", "%PDF-1.4");

        Exchange event = awaitEvents(1).get(0);
        assertThat(json(event).path("id").asText()).isEqualTo(uploaded);
        assertThat(event.getMessage().getHeader("CamelMistralEventType")).isEqualTo("file.uploaded");
    }

    @Test
    void libraryDocumentSourceEmitsADocumentOnceItsProcessingIsDone() throws Exception {
        String library = template.requestBody(mistral("library", "operation=create"), java.util.Map.of("name", "Handbook"),
                io.github.camelmistral.api.libraries.Library.class).id();
        startSource("library-document", "libraryId: " + library + "\nevent: processed");
        String documents = "/v1/libraries/" + library + "/documents";
        awaitPollAfter(documents);

        String document = idOf(template.request(mistral("libraryDocument", "operation=upload&libraryId=" + library
                                                                           + "&fileName=handbook.md"),
                exchange -> exchange.getMessage().setBody("# Handbook".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "CamelMistralDocumentId");
        awaitPollAfter(documents);
        sim.clock().advance(Duration.ofMinutes(1));

        Exchange event = awaitEvents(1).get(0);
        JsonNode body = json(event);
        assertThat(body.path("id").asText()).isEqualTo(document);
        assertThat(body.path("name").asText()).isEqualTo("handbook.md");
        assertThat(body.path("process_status").asText()).isEqualTo("done");
        assertThat(event.getMessage().getHeader("CamelMistralEventType")).isEqualTo("library_document.processed");
        assertThat(event.getMessage().getHeader("CamelMistralDocumentId")).isEqualTo(document);
        assertThat(event.getMessage().getHeader("CamelMistralLibraryId")).isEqualTo(library);
        assertThat(event.getMessage().getHeader("CamelMistralDocumentStatus")).isEqualTo("done");
        awaitPollAfter(documents);
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).as("emitted once").isEqualTo(1);
    }

    private void startSource(String source, String properties) throws Exception {
        loadYaml(source + "-source-route.yaml", """
                - route:
                    from:
                      uri: kamelet:mistral-%s-source
                      parameters:
                        apiKey: "{{mistral.key}}"
                        baseUrl: "{{mistral.url}}"
                        delay: 100
                %s
                      steps:
                        - to: mock:events
                """.formatted(source, properties.indent(8).stripTrailing()));
    }

    /** A batch job of two chat requests, made with the component; its id. */
    private String createBatchJob() {
        return idOf(template.request(mistral("batchJob", "operation=create&model=mistral-small-latest"),
                exchange -> exchange.getMessage().setBody(List.of("first question", "second question"))), "CamelMistralJobId");
    }

    /** A file uploaded with the component; its id. */
    private String upload(String purpose, String fileName, String content) {
        return idOf(template.request(mistral("file", "operation=upload&purpose=" + purpose + "&fileName=" + fileName),
                exchange -> exchange.getMessage().setBody(content)), "CamelMistralFileId");
    }

    private static String idOf(Exchange done, String header) {
        assertThat(done.getException()).isNull();
        return done.getMessage().getHeader(header, String.class);
    }

    /** Once the source has seen the jobs (a poll of {@code path}), moves the clock past their end; the events. */
    private List<Exchange> eventsOnceJobsEnd(String path, int count) {
        awaitPollAfter(path);
        sim.clock().advance(Duration.ofMinutes(10));
        return awaitEvents(count);
    }

    private static JsonNode json(Exchange exchange) throws Exception {
        return JSON.readTree(exchange.getMessage().getBody(String.class));
    }

    /** Waits for a poll of {@code path} that started after this call, so that the source has seen what exists now. */
    private static void awaitPollAfter(String path) {
        int before = sim.requests().to("GET", path).size();
        await().atMost(LONG_ENOUGH).until(() -> sim.requests().to("GET", path).size() > before + 1);
    }

    private List<Exchange> awaitEvents(int count) {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(LONG_ENOUGH).until(() -> events.getReceivedCounter() >= count);
        return events.getExchanges();
    }

    private static String mistral(String api, String options) {
        return "mistral:" + api + "?apiKey=" + API_KEY + "&baseUrl=" + sim.baseUrl() + "&" + options;
    }

    /** A trigger state as JSON text: the component stores it gzipped and Base64-encoded behind a "v2:" format tag. */
    private static String readable(String stored) throws java.io.IOException {
        if (stored == null || !stored.startsWith("v2:")) {
            return stored;
        }
        byte[] zipped = java.util.Base64.getUrlDecoder().decode(stored.substring(3));
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
