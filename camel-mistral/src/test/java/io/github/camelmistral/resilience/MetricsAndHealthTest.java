package io.github.camelmistral.resilience;

import java.util.Collection;

import io.github.camelmistral.MistralComponent;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics named after the OpenTelemetry GenAI conventions in the application's Micrometer registry, and the API
 * readiness check through camel-health, against the simulator.
 */
class MetricsAndHealthTest extends CamelTestSupport {

    private static final String KEY = "sk-health-SECRET-2b7e";

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        MistralComponent mistral = new MistralComponent();
        mistral.getConfiguration().setBaseUrl(sim.baseUrl());
        mistral.getConfiguration().setApiKey(KEY);
        mistral.getConfiguration().setMaxRetries(0);
        mistral.setHealthCheckCacheTime(0);
        context.addComponent("mistral", mistral);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("mistral:chat?model=mistral-small-latest");
                from("direct:embed").to("mistral:embeddings");
            }
        };
    }

    @Test
    void callsAreMeteredWithTheGenAiNames() {
        template.requestBody("direct:chat", "Hello there", String.class);
        template.requestBody("direct:embed", "Hello there");

        Timer chat = meters.get("gen_ai.client.operation.duration").tag("gen_ai.operation.name", "chat")
                .tag("gen_ai.request.model", "mistral-small-latest").tag("error.type", "none").timer();
        assertThat(chat.count()).isEqualTo(1);
        DistributionSummary input = meters.get("gen_ai.client.token.usage").tag("gen_ai.operation.name", "chat")
                .tag("gen_ai.token.type", "input").summary();
        DistributionSummary output = meters.get("gen_ai.client.token.usage").tag("gen_ai.operation.name", "chat")
                .tag("gen_ai.token.type", "output").summary();
        assertThat(input.totalAmount()).isPositive();
        assertThat(output.totalAmount()).isPositive();
        assertThat(meters.get("gen_ai.client.operation.duration").tag("gen_ai.operation.name", "embeddings").timer()
                .count()).isEqualTo(1);
        assertThat(meters.get("mistral.client.queue.length").gauge().value()).isZero();
    }

    @Test
    void aFailedCallIsMeteredWithItsErrorType() {
        sim.faults().failNext("/v1/chat/completions", 503);

        template.request("direct:chat", e -> e.getIn().setBody("Hi"));

        assertThat(meters.get("gen_ai.client.operation.duration").tag("error.type", "503").timer().count())
                .isEqualTo(1);
    }

    @Test
    void theReadinessCheckIsDownWithTheApiErrorAndUpWhenTheApiRecovers() {
        template.requestBody("direct:chat", "warm up", String.class); // the producer registers the check
        // what camel.health.producersEnabled=true does in Camel Main and Spring Boot
        HealthCheckRegistry.get(context).getRepository("producers").orElseThrow().setEnabled(true);
        assertThat(check().getState()).isEqualTo(HealthCheck.State.UP);

        sim.faults().failNext("/v1/models", 401);
        HealthCheck.Result down = check();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("HTTP 401")
                .doesNotContain(KEY));
        assertThat(down.getDetails()).containsEntry("mistral.status", 401);
        assertThat(down.getDetails().toString()).doesNotContain(KEY);

        assertThat(check().getState()).isEqualTo(HealthCheck.State.UP);
    }

    private HealthCheck.Result check() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context, (String) null);
        return results.stream().filter(result -> result.getCheck().getId().equals("mistral-api:" + sim.baseUrl()))
                .findFirst().orElseThrow(() -> new AssertionError("no Mistral API check in " + results));
    }
}
