package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.batch.BatchJob;
import io.github.camelmistral.api.batch.BatchJobRequest;
import io.github.camelmistral.api.batch.BatchRequest;
import io.github.camelmistral.api.chat.ChatCompletionRequest;
import io.github.camelmistral.api.chat.ChatMessage;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelmistral.producer.JobFixtures.batchJob;
import static io.github.camelmistral.producer.JobFixtures.page;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class BatchJobProducerTest extends MistralTestSupport {

    private static final String JOBS = "/v1/batch/jobs";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(mistral("batchJob", "operation=create&model=mistral-small-latest"
                                                             + "&metadata=client=abc,run=7&timeoutHours=48"));
                from("direct:createFiles").to(mistral("batchJob", "operation=create&inputFiles=5c1c4a3e-0000-4000-8000-000000000001,5c1c4a3e-0000-4000-8000-000000000002"
                                                                  + "&endpoint=/v1/embeddings&model=mistral-embed"));
                from("direct:list").to(mistral("batchJob", "operation=list&status=QUEUED,RUNNING&orderBy=created"
                                                           + "&createdAfter=2026-01-31T00:00:00Z&createdByMe=true"
                                                           + "&model=mistral-small-latest"))
                        .split(body())
                        .to("mock:job");
                from("direct:job").to(mistral("batchJob"));
            }
        };
    }

    @Test
    void aListBodyCreatesAnInlineBatchWithGeneratedCustomIds() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(batchJob("batch-1", "QUEUED", null, null))));
        Map<String, Object> explicit = new LinkedHashMap<>();
        explicit.put("custom_id", "mine");
        explicit.put("body", Map.of("messages", List.of(Map.of("role", "user", "content", "Hi"))));
        ChatCompletionRequest typed = ChatCompletionRequest.builder().messages(List.of(ChatMessage.user("Yo"))).build();

        Exchange result = template.request("direct:create",
                e -> e.getIn().setBody(List.of("What is Camel?", explicit, typed,
                        new BatchRequest("typed-id", Map.of("messages", List.of())))));

        BatchJob job = result.getMessage().getBody(BatchJob.class);
        assertThat(job.id()).isEqualTo("batch-1");
        assertThat(job.isTerminal()).isFalse();
        assertThat(result.getMessage().getHeader(MistralConstants.JOB_ID)).isEqualTo("batch-1");
        assertThat(result.getMessage().getHeader(MistralConstants.JOB_STATUS)).isEqualTo("QUEUED");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"endpoint":"/v1/chat/completions","model":"mistral-small-latest",
                 "metadata":{"client":"abc","run":"7"},"timeout_hours":48,
                 "requests":[
                   {"custom_id":"0","body":{"messages":[{"role":"user","content":"What is Camel?"}]}},
                   {"custom_id":"mine","body":{"messages":[{"role":"user","content":"Hi"}]}},
                   {"custom_id":"2","body":{"messages":[{"role":"user","content":"Yo"}]}},
                   {"custom_id":"typed-id","body":{"messages":[]}}]}""");
    }

    @Test
    void inputFilesCreateAFileBatchAgainstTheConfiguredEndpoint() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(batchJob("batch-2", "QUEUED", null, null))));

        template.sendBody("direct:createFiles", null);

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"input_files":["5c1c4a3e-0000-4000-8000-000000000001","5c1c4a3e-0000-4000-8000-000000000002"],"endpoint":"/v1/embeddings","model":"mistral-embed"}""");
    }

    @Test
    void theUploadedFileOfTheHeaderAndTheMetadataHeaderAreUsed() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(batchJob("batch-3", "QUEUED", null, null))));

        template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "create");
            e.getIn().setHeader(MistralConstants.FILE_ID, "5c1c4a3e-0000-4000-8000-0000000000f1");
            e.getIn().setHeader(MistralConstants.METADATA, Map.of("token", "t-42"));
        });

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"input_files":["5c1c4a3e-0000-4000-8000-0000000000f1"],"endpoint":"/v1/chat/completions","metadata":{"token":"t-42"}}""");
    }

    @Test
    void aTypedRequestIsCompletedFromTheOptions() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(batchJob("batch-4", "QUEUED", null, null))));
        BatchJobRequest request = BatchJobRequest.inline("/v1/embeddings",
                List.of(new BatchRequest(null, Map.of("input", "a")))).withTimeoutHours(2);

        template.sendBody("direct:create", request);

        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"endpoint":"/v1/embeddings","model":"mistral-small-latest","metadata":{"client":"abc","run":"7"},
                 "timeout_hours":2,"requests":[{"custom_id":"0","body":{"input":"a"}}]}""");
    }

    @Test
    void moreThanTenThousandInlineRequestsAreRefused() {
        List<String> prompts = Collections.nCopies(10_001, "Hi");

        Exchange result = template.request("direct:create", e -> e.getIn().setBody(prompts));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 10000 requests, but the body has 10001")
                .hasMessageContaining("inputFiles");
        assertNoRequestSent();
    }

    @Test
    void exactlyTenThousandInlineRequestsAreSent() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(batchJob("batch-5", "QUEUED", null, null))));

        Exchange result = template.request("direct:create", e -> e.getIn().setBody(Collections.nCopies(10_000, "Hi")));

        assertThat(result.getException()).isNull();
        assertThatJson(onlyRequest().getBodyAsString()).inPath("requests[9999].custom_id").isEqualTo("\"9999\"");
    }

    @Test
    void aCustomIdUsedTwiceIsRefused() {
        List<Object> items = new ArrayList<>();
        items.add("first");
        items.add(new BatchRequest("0", Map.of("messages", List.of())));

        Exchange result = template.request("direct:create", e -> e.getIn().setBody(items));

        assertThat(failureOf(result)).hasMessageContaining("custom_id '0' is used by items 0 and 1");
        assertNoRequestSent();
    }

    @Test
    void aStringItemIsRefusedWhereItStandsForNoRequestBody() {
        Exchange result = template.request(mistral("batchJob", "operation=create&batchEndpoint=/v1/ocr"),
                e -> e.getIn().setBody(List.of("scan.pdf")));

        assertThat(failureOf(result)).hasMessageContaining("item 0 is a String")
                .hasMessageContaining("for /v1/ocr give each request body as a Map");
        assertNoRequestSent();
    }

    @Test
    void createWithoutAnyInputIsRefused() {
        Exchange result = template.request("direct:job", e -> e.getIn().setHeader(MistralConstants.OPERATION, "create"));

        assertThat(failureOf(result)).hasMessageContaining("needs exactly one input")
                .hasMessageContaining(MistralConstants.FILE_ID);
        assertNoRequestSent();
    }

    @Test
    void metadataBeyondTheApiLimitsIsRefused() {
        Exchange result = template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "create");
            e.getIn().setHeader(MistralConstants.FILE_ID, "5c1c4a3e-0000-4000-8000-000000000001");
            e.getIn().setHeader(MistralConstants.METADATA, "a-key-that-is-longer-than-32-characters=1");
        });

        assertThat(failureOf(result)).hasMessageContaining("metadata keys have 1 to 32 characters");
        assertNoRequestSent();
    }

    @Test
    void listSendsEachStatusAsARepeatedParameterAndSplitsIntoJobs() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).willReturn(okJson(page(2,
                batchJob("batch-1", "QUEUED", null, null), batchJob("batch-2", "RUNNING", null, null)))));
        MockEndpoint jobs = getMockEndpoint("mock:job");
        jobs.expectedMessageCount(2);

        template.sendBody("direct:list", null);

        jobs.assertIsSatisfied();
        assertThat(jobs.getExchanges()).extracting(e -> e.getMessage().getBody(BatchJob.class).status())
                .containsExactly("QUEUED", "RUNNING");
        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).startsWith(JOBS + "?model=mistral-small-latest&status=QUEUED&status=RUNNING"
                                                + "&created_after=2026-01-31T00%3A00%3A00Z&created_by_me=true"
                                                + "&order_by=created&page=0&page_size=100");
        assertThat(request.queryParameter("status").values()).containsExactly("QUEUED", "RUNNING");
    }

    @Test
    void listFollowsThePagesUntilTheTotalIsReached() {
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).withQueryParam("page", equalTo("0"))
                .willReturn(okJson(page(3, batchJob("b-1", "SUCCESS", null, null), batchJob("b-2", "SUCCESS", null, null)))));
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(page(3, batchJob("b-3", "SUCCESS", null, null)))));

        List<?> jobs = template.requestBodyAndHeader(mistral("batchJob", "operation=list&pageSize=2"), null,
                MistralConstants.CREATED_AFTER, 1735689600L, List.class);

        assertThat(jobs).extracting(job -> ((BatchJob) job).id()).containsExactly("b-1", "b-2", "b-3");
        List<LoggedRequest> requests = wireMock.findAll(getRequestedFor(urlPathEqualTo(JOBS)));
        assertThat(requests).extracting(r -> r.queryParameter("page").firstValue()).containsExactly("0", "1");
        assertThat(requests.get(0).queryParameter("created_after").firstValue()).isEqualTo("2025-01-01T00:00:00Z");
    }

    @Test
    void aWrongOrderByIsRefused() {
        Exchange result = template.request(mistral("batchJob", "operation=list&orderBy=newest"), e -> {
        });

        assertThat(failureOf(result)).hasMessageContaining("orderBy is created").hasMessageContaining("'newest'");
        assertNoRequestSent();
    }

    @Test
    void getAndCancelAddressTheJobOfTheHeader() {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/batch-1"))
                .willReturn(okJson(batchJob("batch-1", "SUCCESS", "5c1c4a3e-0000-4000-8000-0000000000a1", "5c1c4a3e-0000-4000-8000-0000000000e1"))));
        wireMock.stubFor(post(urlEqualTo(JOBS + "/batch-2/cancel"))
                .willReturn(okJson(batchJob("batch-2", "CANCELLATION_REQUESTED", null, null))));

        BatchJob done = template.requestBodyAndHeaders("direct:job", null,
                Map.of(MistralConstants.OPERATION, "get", MistralConstants.JOB_ID, "batch-1"), BatchJob.class);
        Exchange cancelled = template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "cancel");
            e.getIn().setHeader(MistralConstants.JOB_ID, "batch-2");
        });

        assertThat(done.outputFile()).isEqualTo("5c1c4a3e-0000-4000-8000-0000000000a1");
        assertThat(done.errorFile()).isEqualTo("5c1c4a3e-0000-4000-8000-0000000000e1");
        assertThat(done.failedRequests()).isEqualTo(1);
        assertThat(done.metadata()).containsEntry("client", "abc");
        assertThat(done.isTerminal()).isTrue();
        assertThat(cancelled.getMessage().getHeader(MistralConstants.JOB_STATUS)).isEqualTo("CANCELLATION_REQUESTED");
    }

    @Test
    void aMissingJobIdNamesTheHeaderAndNothingIsSent() {
        Exchange result = template.request("direct:job", e -> e.getIn().setHeader(MistralConstants.OPERATION, "cancel"));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mistral:batchJob cancel needs an id")
                .hasMessageContaining(MistralConstants.JOB_ID);
        assertNoRequestSent();
    }

    @Test
    void anUnknownJobSurfacesTheApiError() {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Batch job not found\"}")));

        Exchange result = template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "get");
            e.getIn().setHeader(MistralConstants.JOB_ID, "nope");
        });

        assertThat(failureOf(result)).isInstanceOf(io.github.camelmistral.api.MistralApiException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("Batch job not found");
    }
}
