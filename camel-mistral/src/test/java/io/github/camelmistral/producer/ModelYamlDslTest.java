package io.github.camelmistral.producer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.models.FineTunedModel;
import io.github.camelmistral.api.models.ModelArchiveStatus;
import io.github.camelmistral.api.models.ModelCard;
import io.github.camelmistral.api.models.ModelDeleted;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelmistral.producer.ModelProducerTest.BASE;
import static io.github.camelmistral.producer.ModelProducerTest.FINE_TUNED;
import static io.github.camelmistral.producer.ModelProducerTest.FT_ID;
import static io.github.camelmistral.producer.ModelProducerTest.UPDATED;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code mistral:model} operation as a YAML DSL route author writes it. */
class ModelYamlDslTest extends MistralTestSupport {

    @Override
    protected void doPostSetup() throws Exception {
        context.getPropertiesComponent().addInitialProperty("model.id", FT_ID);
        String yaml = """
                - route:
                    from:
                      uri: direct:fineTunedModels
                      steps:
                        - to:
                            uri: mistral:model
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: list
                              fineTunedOnly: true
                        - split:
                            simple: "${body}"
                            steps:
                              - to: mock:fineTuned
                - route:
                    from:
                      uri: direct:get
                      steps:
                        - to: "mistral:model?operation=get&modelId={{model.id}}&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    from:
                      uri: direct:rename
                      steps:
                        - to:
                            uri: mistral:model
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              operation: update
                              modelId: "{{model.id}}"
                              modelName: support-bot
                              modelDescription: Answers tickets
                - route:
                    from:
                      uri: direct:retire
                      steps:
                        - setHeader:
                            name: CamelMistralOperation
                            constant: archive
                        - to: "mistral:model?baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    from:
                      uri: direct:restore
                      steps:
                        - to: "mistral:model?operation=unarchive&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    from:
                      uri: direct:delete
                      steps:
                        - to: "mistral:model?operation=delete&baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                """;
        loadYamlRoutes("model-routes.yaml", yaml);
    }

    @Test
    void fineTunedModelsAreListedAndSplit() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/models"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[" + BASE + "," + FINE_TUNED + "]}")));
        MockEndpoint fineTuned = getMockEndpoint("mock:fineTuned");
        fineTuned.expectedMessageCount(1);

        template.sendBody("direct:fineTunedModels", null);

        fineTuned.assertIsSatisfied();
        assertThat(fineTuned.getExchanges().get(0).getMessage().getBody(ModelCard.class).id()).isEqualTo(FT_ID);
    }

    @Test
    void getRenameArchiveRestoreAndDelete() {
        String ft = "/v1/fine_tuning/models/" + FT_ID;
        wireMock.stubFor(get(urlEqualTo("/v1/models/" + FT_ID)).willReturn(okJson(FINE_TUNED)));
        wireMock.stubFor(patch(urlEqualTo(ft)).willReturn(okJson(UPDATED)));
        wireMock.stubFor(post(urlEqualTo(ft + "/archive"))
                .willReturn(okJson("{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"archived\":true}")));
        wireMock.stubFor(delete(urlEqualTo(ft + "/archive"))
                .willReturn(okJson("{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"archived\":false}")));
        wireMock.stubFor(delete(urlEqualTo("/v1/models/" + FT_ID))
                .willReturn(okJson("{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"deleted\":true}")));

        assertThat(template.requestBody("direct:get", null, ModelCard.class).root()).isEqualTo("open-mistral-7b");
        assertThat(template.requestBody("direct:rename", null, FineTunedModel.class).name()).isEqualTo("support-bot");
        assertThatJson(wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .isEqualTo("{\"name\":\"support-bot\",\"description\":\"Answers tickets\"}");
        assertThat(template.requestBodyAndHeader("direct:retire", null, MistralConstants.MODEL_ID, FT_ID,
                ModelArchiveStatus.class).archived()).isTrue();
        assertThat(template.requestBodyAndHeader("direct:restore", null, MistralConstants.MODEL_ID, FT_ID,
                ModelArchiveStatus.class).archived()).isFalse();
        assertThat(template.requestBodyAndHeader("direct:delete", null, MistralConstants.MODEL_ID, FT_ID,
                ModelDeleted.class).deleted()).isTrue();
    }
}
