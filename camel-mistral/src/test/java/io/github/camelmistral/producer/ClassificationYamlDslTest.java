package io.github.camelmistral.producer;

import io.github.camelmistral.MistralTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Routing support tickets by the label a fine-tuned classifier gives them, in a YAML DSL route. */
class ClassificationYamlDslTest extends MistralTestSupport {

    @Override
    protected void doPostSetup() throws Exception {
        context.getPropertiesComponent().addInitialProperty("classifier", ClassificationProducerTest.CLASSIFIER);
        String yaml = """
                - route:
                    from:
                      uri: direct:tickets
                      steps:
                        - to:
                            uri: mistral:classification
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              model: "{{classifier}}"
                        - setBody:
                            simple: "${body[intent].topLabel()}"
                """;
        loadYamlRoutes("classification-routes.yaml", yaml);
    }

    @Test
    void theTopLabelOfATargetIsOneExpressionAway() {
        wireMock.stubFor(post(urlEqualTo("/v1/classifications"))
                .willReturn(okJson(ClassificationProducerTest.answer(ClassificationProducerTest.COMPLAINT))));

        assertThat(template.requestBody("direct:tickets", "My order never came.", String.class)).isEqualTo("complaint");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo(
                "{\"model\":\"" + ClassificationProducerTest.CLASSIFIER + "\",\"input\":\"My order never came.\"}");
    }
}
