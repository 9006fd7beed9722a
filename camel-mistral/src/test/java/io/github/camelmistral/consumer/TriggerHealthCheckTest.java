package io.github.camelmistral.consumer;

import java.util.Collection;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API errors during polls show in Camel's health checks (camel-health's consumer checks, as a Kubernetes probe or
 * Spring Boot actuator reads them), with what the API said and without the key; a good poll brings the check back up.
 */
class TriggerHealthCheckTest extends TriggerTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // no retries: each failed request fails its poll, so three of them make three failed polls
                from(trigger("batchJob", "event=succeeded&maxRetries=0")).routeId("jobs").to("mock:jobs");
            }
        };
    }

    @Override
    protected void doPostSetup() {
        // what camel.health.consumersEnabled=true does in Camel Main and Spring Boot
        HealthCheckRegistry.get(context).register(new ConsumersHealthCheckRepository());
    }

    private HealthCheck.Result consumerCheck() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);
        return results.stream().filter(result -> result.getCheck().getId().equals("consumer:jobs")).findFirst()
                .orElseThrow(() -> new AssertionError("no consumer health check for the trigger route in " + results));
    }

    @Test
    void failingPollsMakeTheConsumerCheckDownWithTheApiErrorAndAGoodPollBringsItUp() {
        poll("jobs");
        assertThat(consumerCheck().getState()).isEqualTo(HealthCheck.State.UP);

        API.failNext(3);
        poll("jobs");
        poll("jobs");
        poll("jobs");

        HealthCheck.Result down = consumerCheck();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getError()).hasValueSatisfying(error -> assertThat(error.toString())
                .contains("HTTP 500").doesNotContain("sk-test-SECRET"));
        assertThat(down.getDetails().toString()).doesNotContain("sk-test-SECRET");

        poll("jobs");
        assertThat(consumerCheck().getState()).isEqualTo(HealthCheck.State.UP);
    }
}
