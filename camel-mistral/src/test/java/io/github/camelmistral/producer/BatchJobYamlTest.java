package io.github.camelmistral.producer;

import java.util.List;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.batch.BatchJob;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelmistral.producer.JobFixtures.batchJob;
import static io.github.camelmistral.producer.JobFixtures.page;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Every batch job operation as a YAML DSL route author writes it. */
class BatchJobYamlTest extends MistralTestSupport {

    private static final String JOBS = "/v1/batch/jobs";

    @Override
    protected void doPostSetup() throws Exception {
        String yaml = """
                - route:
                    from:
                      uri: direct:create
                      steps:
                        - to:
                            uri: mistral:batchJob
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: create
                              endpoint: /v1/embeddings
                              model: mistral-embed
                              metadata: "source=yaml"
                              timeoutHours: 6
                - route:
                    from:
                      uri: direct:list
                      steps:
                        - to:
                            uri: mistral:batchJob
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: list
                              status: "QUEUED,RUNNING,CANCELLATION_REQUESTED"
                              orderBy: created
                              pageSize: 50
                        - setBody:
                            simple: "${body[0].id} ${body[0].completedRequests}/${body[0].totalRequests}"
                - route:
                    from:
                      uri: direct:get
                      steps:
                        - to: "mistral:batchJob?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&operation=get"
                - route:
                    from:
                      uri: direct:cancel
                      steps:
                        - to: "mistral:batchJob?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&operation=cancel&jobId=b-2"
                - route:
                    from:
                      uri: direct:results
                      steps:
                        - to:
                            uri: mistral:batchJob
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: results
                              resultsFormat: iterator
                        - split:
                            simple: "${body}"
                            streaming: true
                            steps:
                              - filter:
                                  simple: "${body.failed()} == false"
                                  steps:
                                    - setBody:
                                        simple: "${body.customId}"
                                    - to: mock:result
                """;
        loadYamlRoutes("batch-routes.yaml", yaml);
    }

    @Test
    void createInlineFromAList() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(batchJob("b-1", "QUEUED", null, null))));

        BatchJob job = template.requestBody("direct:create", List.of("first text", "second text"), BatchJob.class);

        assertThat(job.id()).isEqualTo("b-1");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"endpoint":"/v1/embeddings","model":"mistral-embed","metadata":{"source":"yaml"},"timeout_hours":6,
                 "requests":[{"custom_id":"0","body":{"input":"first text"}},
                             {"custom_id":"1","body":{"input":"second text"}}]}""");
    }

    @Test
    void listWithSeveralStatuses() {
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).willReturn(okJson(page(1, batchJob("b-1", "RUNNING", null, null)))));

        String progress = template.requestBody("direct:list", null, String.class);

        assertThat(progress).isEqualTo("b-1 3/3");
        assertThat(onlyRequest().getUrl()).isEqualTo(JOBS + "?status=QUEUED&status=RUNNING&status=CANCELLATION_REQUESTED"
                                                     + "&order_by=created&page=0&page_size=50");
    }

    @Test
    void getJob() {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/b-1"))
                .willReturn(okJson(batchJob("b-1", "SUCCESS", "f-out", null))));

        BatchJob job = template.requestBodyAndHeader("direct:get", null, MistralConstants.JOB_ID, "b-1", BatchJob.class);

        assertThat(job.outputFile()).isEqualTo("f-out");
    }

    @Test
    void cancel() {
        wireMock.stubFor(post(urlEqualTo(JOBS + "/b-2/cancel"))
                .willReturn(okJson(batchJob("b-2", "CANCELLATION_REQUESTED", null, null))));

        BatchJob job = template.requestBody("direct:cancel", null, BatchJob.class);

        assertThat(job.status()).isEqualTo("CANCELLATION_REQUESTED");
    }

    @Test
    void resultsStreamedThroughASplit() throws Exception {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/b-3"))
                .willReturn(okJson(batchJob("b-3", "SUCCESS", "f-out", null))));
        wireMock.stubFor(get(urlEqualTo("/v1/files/f-out/content"))
                .willReturn(aResponse().withStatus(200).withBody("""
                        {"id":"r1","custom_id":"a","response":{"status_code":200,"body":{"data":[]}},"error":null}
                        {"id":"r2","custom_id":"b","response":{"status_code":200,"body":{"data":[]}},"error":null}
                        {"id":"r3","custom_id":"c","response":{"status_code":422,"body":{"detail":[]}},"error":null}
                        """)));
        MockEndpoint results = getMockEndpoint("mock:result");
        results.expectedMessageCount(2);

        template.sendBodyAndHeader("direct:results", null, MistralConstants.JOB_ID, "b-3");

        results.assertIsSatisfied();
        assertThat(results.getExchanges()).extracting(e -> e.getMessage().getBody(String.class))
                .containsExactly("a", "b");
    }
}
