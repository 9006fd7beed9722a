package io.github.camelmistral.producer;

import io.github.camelmistral.MistralTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Moderation as a content filter in a YAML DSL route: flagged texts are diverted by the CamelMistralFlagged header. */
class ModerationYamlDslTest extends MistralTestSupport {

    @Override
    protected void doPostSetup() throws Exception {
        String yaml = """
                - route:
                    from:
                      uri: direct:comments
                      steps:
                        - setProperty:
                            name: comment
                            simple: "${body}"
                        - to: "mistral:moderation?baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                        - choice:
                            when:
                              - simple: "${header.CamelMistralFlagged}"
                                steps:
                                  - setBody:
                                      simple: "rejected: ${body.flaggedCategories()}"
                            otherwise:
                              steps:
                                - setBody:
                                    simple: "${exchangeProperty.comment}"
                """;
        loadYamlRoutes("moderation-routes.yaml", yaml);
    }

    @Test
    void flaggedCommentsAreRejectedWithTheirCategories() {
        wireMock.stubFor(post(urlEqualTo("/v1/moderations"))
                .willReturn(okJson(ModerationProducerTest.answer(ModerationProducerTest.VIOLENT))));

        assertThat(template.requestBody("direct:comments", "I will hurt you.", String.class))
                .isEqualTo("rejected: [violence_and_threats]");
        assertThatJson(onlyRequest().getBodyAsString())
                .isEqualTo("{\"model\":\"mistral-moderation-latest\",\"input\":\"I will hurt you.\"}");
    }

    @Test
    void cleanCommentsPassUnchanged() {
        wireMock.stubFor(post(urlEqualTo("/v1/moderations"))
                .willReturn(okJson(ModerationProducerTest.answer(ModerationProducerTest.CLEAN))));

        assertThat(template.requestBody("direct:comments", "Great article!", String.class)).isEqualTo("Great article!");
    }
}
