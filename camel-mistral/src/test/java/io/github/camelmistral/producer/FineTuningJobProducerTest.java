package io.github.camelmistral.producer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.finetuning.FineTuningJob;
import io.github.camelmistral.api.finetuning.FineTuningJobEstimate;
import io.github.camelmistral.api.finetuning.FineTuningJobRequest;
import io.github.camelmistral.api.finetuning.FineTuningJobStatus;
import io.github.camelmistral.api.finetuning.Hyperparameters;
import io.github.camelmistral.api.finetuning.TrainingFile;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelmistral.producer.JobFixtures.detailedFineTuningJob;
import static io.github.camelmistral.producer.JobFixtures.fineTuningJob;
import static io.github.camelmistral.producer.JobFixtures.page;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class FineTuningJobProducerTest extends MistralTestSupport {

    private static final String JOBS = "/v1/fine_tuning/jobs";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(mistral("fineTuningJob", "operation=create&model=open-mistral-nemo"
                                                                  + "&trainingFiles=5c1c4a3e-0000-4000-8000-0000000000b1,5c1c4a3e-0000-4000-8000-0000000000b2:0.5&validationFiles=5c1c4a3e-0000-4000-8000-0000000000c1"
                                                                  + "&trainingSteps=10&learningRate=0.0001&epochs=2.5"
                                                                  + "&suffix=my-model&autoStart=false"));
                from("direct:dryRun").to(mistral("fineTuningJob", "operation=create&model=open-mistral-nemo&dryRun=true"));
                from("direct:list").to(mistral("fineTuningJob", "operation=list&pageSize=2&status=RUNNING"
                                                                + "&createdAfter=RAW(2026-01-31T10:00:00+01:00)"
                                                                + "&createdBefore=2026-02-28&createdByMe=true"));
                from("direct:job").to(mistral("fineTuningJob"));
            }
        };
    }

    @Test
    void createSendsTheOptionsAsAJobRequestAndReturnsTheJob() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(fineTuningJob("ft-1", "QUEUED"))));

        Exchange result = template.request("direct:create", e -> {
        });

        FineTuningJob job = result.getMessage().getBody(FineTuningJob.class);
        assertThat(job.id()).isEqualTo("ft-1");
        assertThat(job.status()).isEqualTo(FineTuningJobStatus.QUEUED);
        assertThat(job.metadata().cost()).isEqualTo(10.5);
        assertThat(job.hyperparameters().trainingSteps()).isEqualTo(10);
        assertThat(job.events()).as("summary form").isNull();
        assertThat(result.getMessage().getHeader(MistralConstants.JOB_ID)).isEqualTo("ft-1");
        assertThat(result.getMessage().getHeader(MistralConstants.JOB_STATUS)).isEqualTo("QUEUED");
        assertThat(result.getMessage().getHeader(MistralConstants.REQUEST_ID)).isEqualTo("req-123");
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThatJson(request.getBodyAsString()).withTolerance(0).isEqualTo("""
                {"model":"open-mistral-nemo",
                 "training_files":[{"file_id":"5c1c4a3e-0000-4000-8000-0000000000b1"},{"file_id":"5c1c4a3e-0000-4000-8000-0000000000b2","weight":0.5}],
                 "validation_files":["5c1c4a3e-0000-4000-8000-0000000000c1"],"suffix":"my-model","auto_start":false,
                 "hyperparameters":{"training_steps":10,"learning_rate":0.0001,"epochs":2.5}}""");
    }

    @Test
    void dryRunReturnsTheEstimateAndCreatesNothing() {
        wireMock.stubFor(post(urlEqualTo(JOBS + "?dry_run=true")).willReturn(okJson("""
                {"object":"job.metadata","expected_duration_seconds":220,"cost":10,"cost_currency":"EUR",
                 "train_tokens_per_step":131072,"train_tokens":1310720,"data_tokens":305375,"deprecated":true,
                 "details":"","epochs":4.29,"training_steps":10}""")));

        FineTuningJobEstimate estimate = template.requestBodyAndHeader("direct:dryRun", null,
                MistralConstants.FILE_ID, "5c1c4a3e-0000-4000-8000-0000000000f1", FineTuningJobEstimate.class);

        assertThat(estimate.cost()).isEqualTo(10.0);
        assertThat(estimate.trainTokens()).isEqualTo(1310720L);
        assertThatJson(onlyRequest().getBodyAsString()).withTolerance(0).isEqualTo("""
                {"model":"open-mistral-nemo","training_files":[{"file_id":"5c1c4a3e-0000-4000-8000-0000000000f1"}],"hyperparameters":{}}""");
    }

    @Test
    void aTypedRequestIsSentAsBuiltWithTheModelFromTheHeader() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(okJson(fineTuningJob("ft-2", "QUEUED"))));
        FineTuningJobRequest request = FineTuningJobRequest.builder()
                .trainingFiles(List.of(TrainingFile.of("5c1c4a3e-0000-4000-8000-00000000000a")))
                .jobType("completion")
                .invalidSampleSkipPercentage(0.1)
                .hyperparameters(new Hyperparameters(null, 0.0002, null, null, null, null, 0.8))
                .build();

        template.request("direct:job", e -> {
            e.getIn().setBody(request);
            e.getIn().setHeader(MistralConstants.OPERATION, "create");
            e.getIn().setHeader(MistralConstants.MODEL, "codestral-latest");
        });

        assertThatJson(onlyRequest().getBodyAsString()).withTolerance(0).isEqualTo("""
                {"model":"codestral-latest","training_files":[{"file_id":"5c1c4a3e-0000-4000-8000-00000000000a"}],"job_type":"completion",
                 "invalid_sample_skip_percentage":0.1,"hyperparameters":{"learning_rate":0.0002,"fim_ratio":0.8}}""");
    }

    @Test
    void aMapBodyWithAKeyTheRequestDoesNotHaveIsRefused() {
        Exchange result = template.request("direct:job", e -> {
            e.getIn().setBody(Map.of("model", "open-mistral-nemo", "trainingfiles", List.of("5c1c4a3e-0000-4000-8000-00000000000a")));
            e.getIn().setHeader(MistralConstants.OPERATION, "create");
        });

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the Map body as a FineTuningJobRequest")
                .hasMessageContaining("trainingfiles");
        assertNoRequestSent();
    }

    @Test
    void createWithoutABaseModelIsRefused() {
        Exchange result = template.request("direct:job", e -> e.getIn().setHeader(MistralConstants.OPERATION, "create"));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs the base model").hasMessageContaining(MistralConstants.MODEL);
        assertNoRequestSent();
    }

    @Test
    void aSuffixLongerThanTheApiAllowsIsRefused() {
        Exchange result = template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "create");
            e.getIn().setHeader(MistralConstants.MODEL, "open-mistral-nemo");
            e.getIn().setHeader(MistralConstants.SUFFIX, "a-suffix-far-too-long");
        });

        assertThat(failureOf(result)).hasMessageContaining("at most 18 characters");
        assertNoRequestSent();
    }

    @Test
    void listFetchesEveryPageWithTheFilters() {
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).withQueryParam("page", equalTo("0"))
                .willReturn(okJson(page(3, fineTuningJob("ft-1", "RUNNING"), fineTuningJob("ft-2", "RUNNING")))));
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(page(3, fineTuningJob("ft-3", "RUNNING")))));

        Exchange result = template.request("direct:list", e -> {
        });

        List<?> jobs = result.getMessage().getBody(List.class);
        assertThat(jobs).extracting(job -> ((FineTuningJob) job).id()).containsExactly("ft-1", "ft-2", "ft-3");
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL)).isEqualTo(3);
        List<LoggedRequest> requests = wireMock.findAll(getRequestedFor(urlPathEqualTo(JOBS)));
        assertThat(requests).hasSize(2);
        LoggedRequest first = requests.get(0);
        assertThat(first.queryParameter("status").values()).containsExactly("RUNNING");
        assertThat(first.queryParameter("created_after").firstValue()).isEqualTo("2026-01-31T09:00:00Z");
        assertThat(first.queryParameter("created_before").firstValue()).isEqualTo("2026-02-28T00:00:00Z");
        assertThat(first.queryParameter("created_by_me").firstValue()).isEqualTo("true");
        assertThat(first.queryParameter("page_size").firstValue()).isEqualTo("2");
        assertThat(requests.get(1).queryParameter("page").firstValue()).isEqualTo("1");
    }

    @Test
    void listReturnsOnePageWhenOneIsAskedForWithTheApiTotal() {
        wireMock.stubFor(get(urlPathEqualTo(JOBS)).willReturn(okJson(page(250, fineTuningJob("ft-9", "SUCCESS")))));

        Exchange result = template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "list");
            e.getIn().setHeader(MistralConstants.PAGE, 2);
            e.getIn().setHeader(MistralConstants.CREATED_AFTER, Instant.parse("2026-03-01T00:00:00Z"));
        });

        assertThat(result.getMessage().getBody(List.class)).hasSize(1);
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL)).isEqualTo(250);
        assertThat(onlyRequest().getUrl())
                .isEqualTo(JOBS + "?created_after=2026-03-01T00%3A00%3A00Z&page=2&page_size=100");
    }

    @Test
    void listTakesASingleStatus() {
        Exchange result = template.request(mistral("fineTuningJob", "operation=list&status=QUEUED,RUNNING"), e -> {
        });

        assertThat(failureOf(result)).hasMessageContaining("single status");
        assertNoRequestSent();
    }

    @Test
    void aCreatedAfterThatIsNotADateIsRefused() {
        Exchange result = template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "list");
            e.getIn().setHeader(MistralConstants.CREATED_AFTER, "yesterday");
        });

        assertThat(failureOf(result)).hasMessageContaining(MistralConstants.CREATED_AFTER)
                .hasMessageContaining("ISO-8601");
        assertNoRequestSent();
    }

    @Test
    void getReturnsTheDetailedJobWithEventsAndCheckpoints() {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/ft-1")).willReturn(okJson(detailedFineTuningJob("ft-1", "RUNNING"))));

        FineTuningJob job = template.requestBodyAndHeaders("direct:job", null,
                Map.of(MistralConstants.OPERATION, "get", MistralConstants.JOB_ID, "ft-1"), FineTuningJob.class);

        assertThat(job.events()).hasSize(2);
        assertThat(job.events().get(0).statusUpdate()).isEqualTo("RUNNING");
        assertThat(job.checkpoints().get(0).metrics().validLoss()).isEqualTo(0.9);
        assertThat(job.isTerminal()).isFalse();
    }

    @Test
    void cancelAndStartPostToTheJob() {
        wireMock.stubFor(post(urlEqualTo(JOBS + "/ft-1/cancel"))
                .willReturn(okJson(detailedFineTuningJob("ft-1", "CANCELLATION_REQUESTED"))));
        wireMock.stubFor(post(urlEqualTo(JOBS + "/ft-2/start")).willReturn(okJson(detailedFineTuningJob("ft-2", "QUEUED"))));

        Exchange cancelled = template.request("direct:job", e -> {
            e.getIn().setHeader(MistralConstants.OPERATION, "cancel");
            e.getIn().setHeader(MistralConstants.JOB_ID, "ft-1");
        });
        Exchange started = template.request(mistral("fineTuningJob", "operation=start&jobId=ft-2"), e -> {
        });

        assertThat(cancelled.getMessage().getHeader(MistralConstants.JOB_STATUS)).isEqualTo("CANCELLATION_REQUESTED");
        assertThat(started.getMessage().getBody(FineTuningJob.class).id()).isEqualTo("ft-2");
    }

    @Test
    void theJobInTheBodyNamesTheJobWhenNoHeaderOrOptionDoes() {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/ft-7")).willReturn(okJson(detailedFineTuningJob("ft-7", "SUCCESS"))));
        Exchange result = template.request("direct:job", e -> {
            e.getIn().setBody(new FineTuningJob("ft-7", null, null, null, "RUNNING", null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null));
            e.getIn().setHeader(MistralConstants.OPERATION, "get");
        });

        assertThat(result.getMessage().getHeader(MistralConstants.JOB_STATUS)).isEqualTo("SUCCESS");
        assertThat(onlyRequest().getUrl()).isEqualTo(JOBS + "/ft-7");
    }

    @Test
    void aMissingJobIdNamesTheHeaderAndNothingIsSent() {
        Exchange result = template.request("direct:job", e -> e.getIn().setHeader(MistralConstants.OPERATION, "start"));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mistral:fineTuningJob start needs an id")
                .hasMessageContaining(MistralConstants.JOB_ID).hasMessageContaining("jobId");
        assertNoRequestSent();
    }

    @Test
    void aJobIdCannotChangeThePath() {
        wireMock.stubFor(get(urlEqualTo(JOBS + "/..%2Fbatch%3Fx")).willReturn(okJson(fineTuningJob("x", "QUEUED"))));

        template.requestBodyAndHeaders("direct:job", null,
                Map.of(MistralConstants.OPERATION, "get", MistralConstants.JOB_ID, "../batch?x"));

        assertThat(onlyRequest().getUrl()).isEqualTo(JOBS + "/..%2Fbatch%3Fx");
    }

    @Test
    void anUnknownOperationListsTheValidOnes() {
        Exchange result = template.request("direct:job", e -> e.getIn().setHeader(MistralConstants.OPERATION, "delete"));

        assertThat(failureOf(result)).hasMessageContaining("has no operation 'delete'")
                .hasMessageContaining("[create, list, get, cancel, start]");
        assertNoRequestSent();
    }

    @Test
    void aDuplicateJobConflictSurfacesAsMistralApiException() {
        wireMock.stubFor(post(urlEqualTo(JOBS)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"error\",\"message\":\"A similar job is already running\","
                          + "\"type\":\"invalid_request_error\",\"code\":\"3301\"}")));

        Exchange result = template.request("direct:create", e -> {
        });

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(409);
            assertThat(e.getErrorMessage()).isEqualTo("A similar job is already running");
            assertThat(e.isRetryable()).isFalse();
        });
    }
}
