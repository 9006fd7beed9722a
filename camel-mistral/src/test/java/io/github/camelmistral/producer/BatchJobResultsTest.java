package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.batch.BatchJob;
import io.github.camelmistral.api.batch.BatchResult;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelmistral.producer.JobFixtures.batchJob;
import static org.assertj.core.api.Assertions.assertThat;

class BatchJobResultsTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:results").to(mistral("batchJob", "operation=results"));
                from("direct:byCustomId").to(mistral("batchJob", "operation=results&resultsFormat=map"));
                from("direct:stream").to(mistral("batchJob", "operation=results&resultsFormat=iterator"))
                        .split(body()).streaming()
                        .to("mock:result");
                from("direct:lazy").to(mistral("batchJob", "operation=results&resultsFormat=iterator"))
                        .process(exchange -> {
                            exchange.getMessage().setHeader("requestsBeforeReading",
                                    wireMock.findAll(anyRequestedFor(anyUrl())).size());
                            List<String> ids = new ArrayList<>();
                            exchange.getMessage().getBody(Iterator.class)
                                    .forEachRemaining(r -> ids.add(((BatchResult) r).customId()));
                            exchange.getMessage().setBody(ids);
                        });
            }
        };
    }

    @Test
    void resultsAreTheOutputLinesThenTheErrorLinesAsTypedResults() {
        stubJob("batch-1", "SUCCESS", "file-out", "file-err");
        stubFile("file-out", line("0", 200, "Paris"), "", line("1", 200, "Berlin"));
        stubFile("file-err", errorLine("2"));

        Exchange result = template.request("direct:results", e -> e.getIn().setHeader(MistralConstants.JOB_ID, "batch-1"));

        assertThat(result.getException()).isNull();
        List<?> body = result.getMessage().getBody(List.class);
        assertThat(body).hasSize(3);
        BatchResult first = (BatchResult) body.get(0);
        assertThat(first.customId()).isEqualTo("0");
        assertThat(first.failed()).isFalse();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.bodyAs(ChatCompletionResponse.class).text()).isEqualTo("Paris");
        BatchResult failed = (BatchResult) body.get(2);
        assertThat(failed.customId()).isEqualTo("2");
        assertThat(failed.fromErrorFile()).isTrue();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(result.getMessage().getHeader(MistralConstants.RESPONSE)).isInstanceOf(BatchJob.class);
        assertThat(result.getMessage().getHeader(MistralConstants.JOB_STATUS)).isEqualTo("SUCCESS");
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getUrl()).containsExactly(
                "/v1/batch/jobs/batch-1", "/v1/files/file-out/content", "/v1/files/file-err/content");
    }

    @Test
    void theMapFormatKeysTheResultsByCustomId() {
        stubJob("batch-2", "SUCCESS", "file-out", null);
        stubFile("file-out", line("q-paris", 200, "Paris"), line("q-berlin", 200, "Berlin"));

        @SuppressWarnings("unchecked")
        Map<String, BatchResult> results = template.requestBodyAndHeader("direct:byCustomId", null,
                MistralConstants.JOB_ID, "batch-2", Map.class);

        assertThat(results.keySet()).containsExactly("q-paris", "q-berlin");
        assertThat(results.get("q-berlin").bodyAs(ChatCompletionResponse.class).text()).isEqualTo("Berlin");
    }

    @Test
    void theIteratorFormatStreamsALargeFileThroughASplitter() throws Exception {
        int lines = 5_000;
        stubJob("batch-3", "SUCCESS", "file-out", "file-err");
        stubFile("file-out", IntStream.range(0, lines).mapToObj(i -> line(String.valueOf(i), 200, "answer " + i))
                .toArray(String[]::new));
        stubFile("file-err", errorLine("x"));
        MockEndpoint results = getMockEndpoint("mock:result");
        results.expectedMessageCount(lines + 1);

        template.sendBodyAndHeader("direct:stream", null, MistralConstants.JOB_ID, "batch-3");

        results.assertIsSatisfied();
        List<Exchange> received = results.getReceivedExchanges();
        assertThat(received.get(0).getMessage().getBody(BatchResult.class).customId()).isEqualTo("0");
        assertThat(received.get(lines - 1).getMessage().getBody(BatchResult.class).customId()).isEqualTo("4999");
        BatchResult last = received.get(lines).getMessage().getBody(BatchResult.class);
        assertThat(last.customId()).isEqualTo("x");
        assertThat(last.failed()).isTrue();
    }

    @Test
    void theIteratorOpensTheErrorFileOnlyOnceTheOutputIsRead() {
        stubJob("batch-4", "SUCCESS", "file-out", "file-err");
        stubFile("file-out", line("0", 200, "a"));
        stubFile("file-err", errorLine("1"));

        Exchange result = template.request("direct:lazy", e -> e.getIn().setHeader(MistralConstants.JOB_ID, "batch-4"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader("requestsBeforeReading")).isEqualTo(2);
        assertThat(result.getMessage().getBody(List.class)).containsExactly("0", "1");
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getUrl()).containsExactly(
                "/v1/batch/jobs/batch-4", "/v1/files/file-out/content", "/v1/files/file-err/content");
    }

    @Test
    void anUnreadIteratorIsClosedWithTheExchange() {
        stubJob("batch-9", "SUCCESS", "file-out", null);
        stubFile("file-out", line("0", 200, "a"));

        Iterator<?> results = template.requestBodyAndHeader(mistral("batchJob", "operation=results&resultsFormat=iterator"),
                null, MistralConstants.JOB_ID, "batch-9", Iterator.class);

        assertThat(results).isInstanceOf(java.io.Closeable.class);
        assertThat(results.hasNext()).as("closed when the exchange completed").isFalse();
    }

    @Test
    void aJobThatHasNotFinishedHasNoResultsYet() {
        stubJob("batch-5", "RUNNING", null, null);

        Exchange result = template.request("direct:results", e -> e.getIn().setHeader(MistralConstants.JOB_ID, "batch-5"));

        assertThat(failureOf(result)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("batch job batch-5 has no output or error file yet (status RUNNING)");
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void aFinishedJobWithoutFilesHasNoResults() {
        stubJob("batch-6", "CANCELLED", null, null);

        List<?> results = template.requestBodyAndHeader("direct:results", null, MistralConstants.JOB_ID, "batch-6",
                List.class);

        assertThat(results).isEmpty();
    }

    @Test
    void aLineThatIsNotAResultNamesFileAndLine() {
        stubJob("batch-7", "SUCCESS", "file-out", null);
        stubFile("file-out", line("0", 200, "a"), "{not json");

        Exchange result = template.request("direct:results", e -> e.getIn().setHeader(MistralConstants.JOB_ID, "batch-7"));

        assertThat(failureOf(result)).hasMessageContaining("Line 2 of batch result file file-out is not a batch result");
    }

    @Test
    void aResultFileThatCannotBeDownloadedFailsTheExchange() {
        stubJob("batch-8", "SUCCESS", "file-gone", null);
        wireMock.stubFor(get(urlEqualTo("/v1/files/file-gone/content")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"File not found\"}")));

        Exchange result = template.request("direct:results", e -> e.getIn().setHeader(MistralConstants.JOB_ID, "batch-8"));

        assertThat(failureOf(result)).isInstanceOf(MistralApiException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void aResultFileCutOffWhileReadIsAConnectionFailure() {
        stubJob("batch-10", "SUCCESS", "file-cut", null);
        wireMock.stubFor(get(urlEqualTo("/v1/files/file-cut/content"))
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        Exchange result = template.request("direct:results", e -> e.getIn().setHeader(MistralConstants.JOB_ID, "batch-10"));

        // the same exception as any other call that got no (complete) answer, so one onException retries them all
        assertThat(failureOf(result)).isInstanceOf(MistralConnectionException.class)
                .hasMessageContaining("batch result file file-cut");
    }

    @Test
    void anUnknownResultsFormatIsRefusedBeforeAnyRequest() {
        Exchange result = template.request(mistral("batchJob", "operation=results&resultsFormat=table&jobId=b-1"), e -> {
        });

        assertThat(failureOf(result)).hasMessageContaining("resultsFormat is one of [list, map, iterator]");
        assertNoRequestSent();
    }

    @Test
    void aMissingJobIdNamesTheHeader() {
        Exchange result = template.request("direct:results", e -> {
        });

        assertThat(failureOf(result)).hasMessageContaining("mistral:batchJob results needs an id")
                .hasMessageContaining(MistralConstants.JOB_ID);
        assertNoRequestSent();
    }

    private static void stubJob(String id, String status, String outputFile, String errorFile) {
        wireMock.stubFor(get(urlEqualTo("/v1/batch/jobs/" + id))
                .willReturn(okJson(batchJob(id, status, outputFile, errorFile))));
    }

    private static void stubFile(String fileId, String... lines) {
        ResponseDefinitionBuilder content = aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream")
                .withBody(java.util.Arrays.stream(lines).collect(Collectors.joining("\n", "", "\n")));
        wireMock.stubFor(get(urlEqualTo("/v1/files/" + fileId + "/content")).willReturn(content));
    }

    private static String line(String customId, int status, String reply) {
        return "{\"id\":\"batch-req-" + customId + "\",\"custom_id\":\"" + customId + "\",\"response\":{\"status_code\":"
               + status + ",\"body\":" + chatCompletion(reply).replace("\n", "") + "},\"error\":null}";
    }

    private static String errorLine(String customId) {
        return "{\"id\":\"batch-req-" + customId + "\",\"custom_id\":\"" + customId + "\",\"response\":{\"status_code\":400,"
               + "\"body\":{\"object\":\"error\",\"message\":\"bad request\"}},\"error\":{\"message\":\"bad request\"}}";
    }
}
