package io.github.camelmistral.springboot;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.MistralComponent;
import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.simulator.MistralSimulator;
import io.github.camelmistral.simulator.RecordedRequest;
import io.github.camelmistral.springboot.app.AskApplication;
import io.github.camelmistral.springboot.app.AskRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in a real Spring Boot application (web server on a random port, Actuator) against the simulator: the
 * component gets application.yaml's settings, a route calls the API with them, and its health check and metrics show
 * through Actuator.
 */
@SpringBootTest(classes = AskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MistralStarterTest {

    private static final String KEY = "sk-starter-SECRET-9f41";
    private static final String CHAT = "/v1/chat/completions";
    private static final String DURATION = "/actuator/metrics/gen_ai.client.operation.duration";

    // the simulator refuses any other key: a reply proves api-key reached the component
    private static final MistralSimulator SIM = MistralSimulator.builder().apiKey(KEY).port(0).start();

    @Autowired
    private CamelContext context;
    @Autowired
    private ProducerTemplate template;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ApplicationContext beans;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("mistral.simulator.url", SIM::baseUrl);
    }

    @AfterAll
    static void stopSimulator() {
        SIM.stop();
    }

    @BeforeEach
    void resetSimulator() {
        SIM.reset();
    }

    @Test
    void theComponentHasTheSettingsOfApplicationYaml() {
        MistralComponent mistral = context.getComponent("mistral", MistralComponent.class);
        MistralConfiguration configuration = mistral.getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo(SIM.baseUrl());
        assertThat(configuration.getModel()).isEqualTo("mistral-small-latest");
        assertThat(configuration.getMaxRetries()).isEqualTo(5);
        assertThat(configuration.getRetryInitialDelay()).isEqualTo(10);
        assertThat(configuration.getRequestTimeout()).isEqualTo(30_000);
        assertThat(configuration.getAdditionalHeaders()).containsExactly(Map.entry("X-Team", "integration"));
        assertThat(mistral.getHttpVersion()).isEqualTo("1.1");
        assertThat(mistral.getHealthCheckCacheTime()).isZero();
        assertThat(configuration.getStateRepository()).isSameAs(beans.getBean("mistralState"));
        // what is not set keeps the component's own defaults
        assertThat(configuration.getConnectTimeout()).isEqualTo(10_000);
        assertThat(configuration.getFineTunedOnly()).isNull();
    }

    @Test
    void theRouteAsksMistralWithTheConfiguredKeyModelAndHeaders() {
        String reply = template.requestBody(AskRoute.ASK, "What is Apache Camel?", String.class);

        assertThat(reply).containsIgnoringCase("simulator");
        RecordedRequest request = SIM.requests().last();
        assertThat(request.path()).isEqualTo(CHAT);
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.header("X-Team")).isEqualTo("integration");
        JsonNode body = request.bodyAsJson();
        assertThat(body.path("model").asText()).isEqualTo("mistral-small-latest");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("Answer in one sentence.");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("What is Apache Camel?");
    }

    @Test
    void theConfiguredRetriesRideOutTransientErrors() {
        SIM.faults().failNext(CHAT, 503);
        SIM.faults().failNext(CHAT, 503);

        String reply = template.requestBody(AskRoute.ASK, "Still there?", String.class);

        assertThat(reply).isNotBlank();
        assertThat(SIM.requests().to(CHAT)).hasSize(3);
    }

    @Test
    void theApiHealthCheckShowsInActuatorsHealthEndpoint() {
        template.requestBody(AskRoute.ASK, "warm up", String.class); // the producer has registered its check

        ResponseEntity<JsonNode> up = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(up.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mistralCheck(up.getBody())).isEqualTo("UP");

        // every call while it lasts: Camel's readiness and liveness indicators run the check too
        SIM.faults().failRate("/v1/models", 1, 401);
        ResponseEntity<JsonNode> down = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(mistralCheck(down.getBody())).isEqualTo("DOWN");
        assertThat(down.getBody().toString()).contains("401").doesNotContain(KEY);

        SIM.faults().clear();

        assertThat(http.getForEntity("/actuator/health", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void callsAreMeteredInSpringBootsMeterRegistry() {
        template.requestBody(AskRoute.ASK, "warm up", String.class);
        double before = chatCalls();

        template.requestBody(AskRoute.ASK, "Count me", String.class);

        assertThat(chatCalls()).isEqualTo(before + 1);
        JsonNode tags = http.getForObject(DURATION, JsonNode.class).path("availableTags");
        assertThat(tagValues(tags, "gen_ai.request.model")).contains("mistral-small-latest");
        assertThat(tagValues(tags, "gen_ai.system")).contains("mistral_ai");
    }

    /** The state of the component's check in Camel's part of the health endpoint. */
    private static String mistralCheck(JsonNode health) {
        String id = "mistral-api:" + SIM.baseUrl();
        JsonNode camel = health.path("components").path("camelHealth").path("details");
        assertThat(camel.has(id)).as("%s in %s", id, health).isTrue();
        return camel.path(id).asText();
    }

    private double chatCalls() {
        JsonNode metric = http.getForObject(DURATION + "?tag=gen_ai.operation.name:chat&tag=error.type:none",
                JsonNode.class);
        for (JsonNode measurement : metric.path("measurements")) {
            if (measurement.path("statistic").asText().equals("COUNT")) {
                return measurement.path("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }

    private static List<String> tagValues(JsonNode tags, String name) {
        return StreamSupport.stream(tags.spliterator(), false).filter(tag -> tag.path("tag").asText().equals(name))
                .flatMap(tag -> StreamSupport.stream(tag.path("values").spliterator(), false)).map(JsonNode::asText)
                .toList();
    }
}
