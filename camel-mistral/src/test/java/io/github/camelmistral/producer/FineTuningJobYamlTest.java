package io.github.camelmistral.producer;

import java.util.List;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.finetuning.FineTuningJob;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelmistral.producer.JobFixtures.detailedFineTuningJob;
import static io.github.camelmistral.producer.JobFixtures.fineTuningJob;
import static io.github.camelmistral.producer.JobFixtures.page;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Every fine-tuning job operation as a YAML DSL route author writes it. */
class FineTuningJobYamlTest extends MistralTestSupport {

    private static final String JOBS = "/v1/fine_tuning/jobs";

    @Override
    protected void doPostSetup() throws Exception {
        String yaml = """
                - route:
                    from:
                      uri: direct:create
                      steps:
                        - to:
                            uri: mistral:fineTuningJob
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: create
                              model: open-mistral-nemo
                              trainingFiles: 5c1c4a3e-0000-4000-8000-0000000000b1
                              trainingSteps: 20
                              learningRate: 0.0002
                              suffix: support-bot
                              autoStart: true
                - route:
                    from:
                      uri: direct:list
                      steps:
                        - to:
                            uri: mistral:fineTuningJob
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: list
                              status: SUCCESS
                              createdAfter: "2026-01-01T00:00:00Z"
                        - split:
                            simple: "${body}"
                            steps:
                              - to: mock:succeeded
                - route:
                    from:
                      uri: direct:get
                      steps:
                        - to: "mistral:fineTuningJob?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&operation=get"
                        - choice:
                            when:
                              - simple: "${header.CamelMistralJobStatus} == 'RUNNING'"
                                steps:
                                  - setBody:
                                      simple: "still running: ${header.CamelMistralJobId}"
                - route:
                    from:
                      uri: direct:cancel
                      steps:
                        - to: "mistral:fineTuningJob?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&operation=cancel"
                - route:
                    from:
                      uri: direct:start
                      steps:
                        - setHeader:
                            name: CamelMistralJobId
                            constant: ft-9
                        - to: "mistral:fineTuningJob?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&operation=start"
                """;
        loadYamlRoutes("fine-tuning-routes.yaml", yaml);
    }

    @Test
    void create() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(fineTuningJob("ft-1", "QUEUED"))));

        FineTuningJob job = template.requestBody("direct:create", null, FineTuningJob.class);

        assertThat(job.id()).isEqualTo("ft-1");
        assertThatJson(onlyRequest().getBodyAsString()).withTolerance(0).isEqualTo("""
                {"model":"open-mistral-nemo","training_files":[{"file_id":"5c1c4a3e-0000-4000-8000-0000000000b1"}],"suffix":"support-bot",
                 "auto_start":true,"hyperparameters":{"training_steps":20,"learning_rate":0.0002}}""");
    }

    @Test
    void listAndSplit() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).willReturn(okJson(page(2, fineTuningJob("ft-1", "SUCCESS"),
                fineTuningJob("ft-2", "SUCCESS")))));
        MockEndpoint succeeded = getMockEndpoint("mock:succeeded");
        succeeded.expectedMessageCount(2);

        template.sendBody("direct:list", null);

        succeeded.assertIsSatisfied();
        assertThat(succeeded.getExchanges()).extracting(e -> e.getMessage().getBody(FineTuningJob.class).id())
                .containsExactly("ft-1", "ft-2");
        assertThat(onlyRequest().getUrl())
                .isEqualTo(JOBS + "?status=SUCCESS&created_after=2026-01-01T00%3A00%3A00Z&page=0&page_size=100");
    }

    @Test
    void getThenChooseOnTheStatusHeader() {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/ft-3")).willReturn(okJson(detailedFineTuningJob("ft-3", "RUNNING"))));

        String body = template.requestBodyAndHeader("direct:get", null, MistralConstants.JOB_ID, "ft-3", String.class);

        assertThat(body).isEqualTo("still running: ft-3");
    }

    @Test
    void cancelTheJobInTheBody() {
        wireMock.stubFor(post(urlEqualTo(JOBS + "/ft-4/cancel"))
                .willReturn(okJson(detailedFineTuningJob("ft-4", "CANCELLATION_REQUESTED"))));
        FineTuningJob listed = new FineTuningJob("ft-4", "job", "completion", "open-mistral-nemo", "RUNNING", true, 1L,
                1L, List.of(), null, null, null, null, null, null, null, null, null, null, null);

        Exchange result = template.request("direct:cancel", e -> e.getIn().setBody(listed));

        assertThat(result.getMessage().getHeader(MistralConstants.JOB_STATUS)).isEqualTo("CANCELLATION_REQUESTED");
    }

    @Test
    void start() {
        wireMock.stubFor(post(urlEqualTo(JOBS + "/ft-9/start")).willReturn(okJson(detailedFineTuningJob("ft-9", "QUEUED"))));

        FineTuningJob job = template.requestBody("direct:start", null, FineTuningJob.class);

        assertThat(job.events()).isNotEmpty();
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
    }
}
