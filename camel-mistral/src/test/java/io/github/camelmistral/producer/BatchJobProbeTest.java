package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.model.batch.BatchResult;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

class BatchJobProbeTest extends MistralTestSupport {
    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:lazy").to(mistral("batchJob", "operation=resultsfrom("direct:lazy").to(mistral("batchJob", "operation=results&resultsFormat=iterator"))resultsFormat=list")).process(e -> e.getMessage().setBody(((List<?>) e.getMessage().getBody()).iterator()))
                        .process(exchange -> {
                            List<String> ids = new ArrayList<>();
                            if (Thread.currentThread().isInterrupted()) System.out.println("PROBE interrupted " + Thread.currentThread().getName());
                            try {
                                exchange.getMessage().getBody(Iterator.class)
                                        .forEachRemaining(r -> ids.add(((BatchResult) r).customId()));
                            } catch (Exception e) {
                                System.out.println("PROBE failed " + e + " on " + Thread.currentThread().getName());
                                Throwable c = e.getCause();
                                while (c != null) { System.out.println("PROBE cause " + c); c = c.getCause(); }
                            }
                            exchange.getMessage().setBody(ids);
                        });
            }
        };
    }

    @Test
    void probe() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/batch/jobs/b")).willReturn(okJson(JobFixtures.batchJob("b", "SUCCESS", "o", "e"))));
        wireMock.stubFor(get(urlEqualTo("/v1/files/o/content")).willReturn(aResponse().withStatus(200).withBody("{\"custom_id\":\"0\"}\n")));
        wireMock.stubFor(get(urlEqualTo("/v1/files/e/content")).willReturn(aResponse().withStatus(200).withBody("{\"custom_id\":\"1\"}\n")));
        for (int i = 0; i < 150; i++) {
            Exchange r = template.request("direct:lazy", e -> e.getIn().setHeader(MistralConstants.JOB_ID, "b"));
            System.out.println("PROBE " + i + " " + r.getMessage().getBody() + " " + r.getException());
        }
    }
}
