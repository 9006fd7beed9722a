package io.github.camelmistral.producer;

import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options that replaced names with two meanings put the same values on the wire as the deprecated names did
 * (the other tests keep using the deprecated names, so both stay covered).
 */
class OptionNamesTest extends MistralTestSupport {

    private static final String JOB = "{\"id\":\"a1b2c3d4-0000-4000-8000-000000000001\",\"object\":\"job\","
                                      + "\"model\":\"open-mistral-nemo\",\"status\":\"QUEUED\",\"job_type\":\"completion\","
                                      + "\"created_at\":1735689600,\"modified_at\":1735689600,\"training_files\":[],"
                                      + "\"auto_start\":true,\"hyperparameters\":{\"training_steps\":10}}";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:files").to(mistral("file", "operation=list&fileSource=upload,mistral&page=0"));
                from("direct:fineTune").to(mistral("fineTuningJob", "operation=create&model=open-mistral-nemo"
                                                                    + "&modelSuffix=support-bot&trainingFiles=5c1c4a3e-0000-4000-8000-0000000000c1"));
            }
        };
    }

    @Test
    void fileSourceFiltersTheFileList() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("{\"object\":\"list\",\"data\":[],\"total\":0}")));

        Exchange result = template.request("direct:files", e -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/v1/files"))).get(0).getUrl())
                .contains("source=upload&source=mistral");
    }

    @Test
    void modelSuffixNamesTheFineTunedModel() {
        wireMock.stubFor(post(urlEqualTo("/v1/fine_tuning/jobs")).willReturn(okJson(JOB)));

        Exchange result = template.request("direct:fineTune", e -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs"))).get(0).getBodyAsString())
                .contains("\"suffix\":\"support-bot\"");
    }
}
