package io.github.camelmistral.producer;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.batch.BatchResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ThreadPoolProfile;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelmistral.producer.JobFixtures.batchJob;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange continues on the component's completion pool, so the splitter that consumes a results iterator runs on
 * one of its threads. Opening the error file from there must not need another completion thread: with every thread of
 * the pool busy consuming an iterator (here the pool has one) that would wait forever.
 */
class BatchJobResultsCompletionPoolTest extends io.github.camelmistral.MistralTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        ThreadPoolProfile profile = camelContext.getExecutorServiceManager().getDefaultThreadPoolProfile();
        profile.setPoolSize(1);
        profile.setMaxPoolSize(1);
        return camelContext;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").to(mistral("batchJob", "operation=results&resultsFormat=iterator"))
                        .split(body()).streaming()
                        .to("mock:result");
            }
        };
    }

    @Test
    void theIteratorOpensTheErrorFileFromACompletionThread() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/batch/jobs/batch-1"))
                .willReturn(okJson(batchJob("batch-1", "SUCCESS", "file-out", "file-err"))));
        stubFile("file-out", "{\"id\":\"r-0\",\"custom_id\":\"0\",\"response\":{\"status_code\":200,\"body\":{}},\"error\":null}");
        stubFile("file-err", "{\"id\":\"r-1\",\"custom_id\":\"1\",\"response\":{\"status_code\":400,\"body\":{}},"
                             + "\"error\":{\"message\":\"bad request\"}}");
        MockEndpoint results = getMockEndpoint("mock:result");
        results.expectedMessageCount(2);

        Future<Exchange> sent = template.asyncSend("direct:stream",
                e -> e.getIn().setHeader(MistralConstants.JOB_ID, "batch-1"));

        // a guard against the hang, not a timing assertion: the exchange needs milliseconds
        Exchange result = sent.get(30, TimeUnit.SECONDS);
        assertThat(result.getException()).isNull();
        results.assertIsSatisfied();
        assertThat(results.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(BatchResult.class).customId())
                .containsExactly("0", "1");
    }

    private static void stubFile(String fileId, String line) {
        wireMock.stubFor(get(urlEqualTo("/v1/files/" + fileId + "/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(line + "\n")));
    }
}
