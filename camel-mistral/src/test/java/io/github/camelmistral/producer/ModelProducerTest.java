package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.models.FineTunedModel;
import io.github.camelmistral.api.models.ModelArchiveStatus;
import io.github.camelmistral.api.models.ModelCard;
import io.github.camelmistral.api.models.ModelDeleted;
import io.github.camelmistral.api.models.ModelUpdate;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mistral:model} in Java DSL routes, checked on the wire. */
class ModelProducerTest extends MistralTestSupport {

    static final String FT_ID = "ft:open-mistral-7b:587a6b29:20240514:7e773925";
    static final String BASE = """
            {"id":"mistral-small-latest","object":"model","created":1756746619,"owned_by":"mistralai",
             "capabilities":{"completion_chat":true,"function_calling":true,"vision":true,"audio_transcription":false},
             "name":"mistral-small-2506","max_context_length":131072,"aliases":["mistral-small-2506"],
             "deprecation":null,"type":"base"}""";
    static final String FINE_TUNED = """
            {"id":"%s","object":"model","created":1756746619,"owned_by":"org-1",
             "capabilities":{"completion_chat":true,"fine_tuning":false},"job":"b5e7c4f0-0d1e-4d2f-9a3b-1c2d3e4f5a6b",
             "root":"open-mistral-7b","archived":false,"type":"fine-tuned","a_field_added_later":1}""".formatted(FT_ID);

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list").to(mistral("model", "operation=list"));
                from("direct:listFineTuned").to(mistral("model", "operation=list&fineTunedOnly=true"))
                        .split(body()).to("mock:model");
                from("direct:get").to(mistral("model", "operation=get"));
                from("direct:delete").to(mistral("model", "operation=delete"));
                from("direct:update").to(mistral("model", "operation=update"));
                from("direct:rename").to(mistral("model", "operation=update&modelName=support-bot&modelId=" + FT_ID));
                from("direct:archive").to(mistral("model", "operation=archive"));
                from("direct:unarchive").to(mistral("model", "operation=unarchive"));
                // the guide's clean-up example
                from("direct:cleanup")
                        .to(mistral("model", "operation=list&fineTunedOnly=true"))
                        .split(body())
                            .filter(simple("${body.archived}"))
                            .to(mistral("model", "operation=delete"))
                            .to("mock:deleted");
            }
        };
    }

    @Test
    void listReturnsEveryModelAsTypedCards() {
        wireMock.stubFor(get(urlEqualTo("/v1/models"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[" + BASE + "," + FINE_TUNED + "]}")));

        Exchange result = template.request("direct:list", e -> {
        });

        assertThat(result.getException()).isNull();
        List<?> models = result.getMessage().getBody(List.class);
        assertThat(models).hasSize(2).allMatch(ModelCard.class::isInstance);
        ModelCard base = (ModelCard) models.get(0);
        assertThat(base.capabilities().vision()).isTrue();
        assertThat(base.maxContextLength()).isEqualTo(131072);
        assertThat(base.isFineTuned()).isFalse();
        ModelCard fineTuned = (ModelCard) models.get(1);
        assertThat(fineTuned.isFineTuned()).isTrue();
        assertThat(fineTuned.root()).isEqualTo("open-mistral-7b");
        assertThat(result.getMessage().getHeader(MistralConstants.TOTAL)).isEqualTo(2);
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("GET");
    }

    @Test
    void listOfFineTunedModelsOnlyCanBeSplitAndAcceptsTheBareArrayOfTheSpecExample() throws Exception {
        // the spec's own example: a bare array, with the type key spelt TYPE
        wireMock.stubFor(get(urlEqualTo("/v1/models")).willReturn(okJson("[" + BASE + ","
                                                                         + FINE_TUNED.replace("\"type\"", "\"TYPE\"") + "]")));
        MockEndpoint each = getMockEndpoint("mock:model");
        each.expectedMessageCount(1);

        template.sendBody("direct:listFineTuned", null);

        each.assertIsSatisfied();
        assertThat(each.getExchanges().get(0).getMessage().getBody(ModelCard.class).id()).isEqualTo(FT_ID);
    }

    @Test
    void getReadsTheModelOfTheIdHeaderKeepingTheColonsOfTheId() {
        wireMock.stubFor(get(urlEqualTo("/v1/models/" + FT_ID)).willReturn(okJson(FINE_TUNED)));

        Exchange result = template.request("direct:get", e -> e.getIn().setHeader(MistralConstants.MODEL_ID, FT_ID));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(ModelCard.class).job()).isEqualTo("b5e7c4f0-0d1e-4d2f-9a3b-1c2d3e4f5a6b");
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models/" + FT_ID);
    }

    @Test
    void anIdThatLooksLikeAPathIsEncodedAndCannotLeaveTheModelsPath() {
        wireMock.stubFor(get(urlEqualTo("/v1/models/..%2Ffiles")).willReturn(aResponse().withStatus(404)));

        Exchange result = template.request("direct:get", e -> e.getIn().setHeader(MistralConstants.MODEL_ID, "../files"));

        assertThat(failureOf(result)).isInstanceOf(MistralApiException.class);
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models/..%2Ffiles");
    }

    @Test
    void anOperationWithoutModelIdFailsNamingTheHeaderBeforeSending() {
        for (String route : List.of("direct:get", "direct:delete", "direct:update", "direct:archive", "direct:unarchive")) {
            Exchange result = template.request(route, e -> e.getIn().setBody(Map.of("name", "x")));

            assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching("mistral:model (get|delete|update|archive|unarchive) needs an id: set the "
                                        + "CamelMistralModelId header or the modelId option");
        }
        assertNoRequestSent();
    }

    @Test
    void deleteDeletesTheModelOfAListedCard() {
        wireMock.stubFor(delete(urlEqualTo("/v1/models/" + FT_ID))
                .willReturn(okJson("{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"deleted\":true}")));
        ModelCard listed = new ModelCard(FT_ID, "model", null, null, null, null, null, null, null, null, null, null,
                "fine-tuned", null, null, null);

        Exchange result = template.request("direct:delete", e -> e.getIn().setBody(listed));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(ModelDeleted.class).deleted()).isTrue();
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("DELETE");
    }

    @Test
    void deletingABaseModelFailsSayingThatOnlyFineTunedModelsCanBeDeleted() {
        wireMock.stubFor(delete(urlEqualTo("/v1/models/mistral-small-latest")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withHeader("mistral-correlation-id", "req-403")
                .withBody("{\"detail\":\"Forbidden\"}")));

        Exchange result = template.request("direct:delete",
                e -> e.getIn().setHeader(MistralConstants.MODEL_ID, "mistral-small-latest"));

        assertThat(failureOf(result)).isInstanceOfSatisfying(MistralApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(403);
            assertThat(e.getMessage()).isEqualTo("Mistral API DELETE /v1/models/mistral-small-latest failed with HTTP 403: "
                                                 + "only fine-tuned models can be deleted, and only by their workspace: "
                                                 + "'mistral-small-latest' is a base model or not yours (the API says: "
                                                 + "Forbidden) [request id req-403]");
            assertThat(e.getResponseBody()).isEqualTo("{\"detail\":\"Forbidden\"}");
            assertThat(e.getRequestId()).isEqualTo("req-403");
        });
    }

    @Test
    void otherDeleteErrorsAreLeftAsTheApiReportedThem() {
        wireMock.stubFor(delete(urlEqualTo("/v1/models/" + FT_ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Model not found\"}")));

        Exchange result = template.request("direct:delete", e -> e.getIn().setHeader(MistralConstants.MODEL_ID, FT_ID));

        assertThat(failureOf(result)).hasMessage("Mistral API DELETE /v1/models/" + FT_ID
                                                 + " failed with HTTP 404: Model not found");
    }

    static final String UPDATED = """
            {"id":"%s","object":"model","created":1756746619,"owned_by":"org-1","workspace_id":"ws-1",
             "root":"open-mistral-7b","root_version":"0.1","archived":false,"name":"support-bot",
             "description":"Answers tickets","capabilities":{"completion_chat":true},"max_context_length":32768,
             "aliases":[],"job":"b5e7c4f0-0d1e-4d2f-9a3b-1c2d3e4f5a6b","model_type":"completion"}""".formatted(FT_ID);

    @Test
    void updateSendsTheNameAndDescriptionOfAMapBody() {
        wireMock.stubFor(patch(urlEqualTo("/v1/fine_tuning/models/" + FT_ID)).willReturn(okJson(UPDATED)));

        Exchange result = template.request("direct:update", e -> {
            e.getIn().setHeader(MistralConstants.MODEL_ID, FT_ID);
            e.getIn().setBody(Map.of("name", "support-bot", "description", "Answers tickets"));
        });

        assertThat(result.getException()).isNull();
        FineTunedModel model = result.getMessage().getBody(FineTunedModel.class);
        assertThat(model.name()).isEqualTo("support-bot");
        assertThat(model.modelType()).isEqualTo("completion");
        assertThatJson(onlyRequest().getBodyAsString())
                .isEqualTo("{\"name\":\"support-bot\",\"description\":\"Answers tickets\"}");
    }

    @Test
    void updateTakesAModelUpdateBodyOrTheOptionsAndSendsNoNulls() {
        wireMock.stubFor(patch(urlEqualTo("/v1/fine_tuning/models/" + FT_ID)).willReturn(okJson(UPDATED)));

        template.request("direct:update", e -> {
            e.getIn().setHeader(MistralConstants.MODEL_ID, FT_ID);
            e.getIn().setBody(new ModelUpdate(null, "Answers tickets"));
        });
        template.request("direct:rename", e -> {
        });

        assertThat(wireMock.getAllServeEvents()).hasSize(2);
        assertThatJson(wireMock.getAllServeEvents().get(1).getRequest().getBodyAsString())
                .isEqualTo("{\"description\":\"Answers tickets\"}");
        assertThatJson(wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .isEqualTo("{\"name\":\"support-bot\"}");
    }

    @Test
    void updateWithNothingToChangeOrAnUnknownKeyFailsBeforeSending() {
        Exchange nothing = template.request("direct:update", e -> e.getIn().setHeader(MistralConstants.MODEL_ID, FT_ID));
        Exchange typo = template.request("direct:update", e -> {
            e.getIn().setHeader(MistralConstants.MODEL_ID, FT_ID);
            e.getIn().setBody(Map.of("nmae", "support-bot"));
        });

        assertThat(failureOf(nothing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mistral:model update needs a new name or description: a ModelUpdate body, a Map body with "
                            + "name and/or description, or the modelName and modelDescription options");
        assertThat(failureOf(typo)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mistral:model update takes a Map body with the keys ")
                .hasMessageEndingWith(" only, but got [nmae]");
        assertNoRequestSent();
    }

    @Test
    void archiveIsAPostAndUnarchiveADeleteOnTheArchivePath() {
        String path = "/v1/fine_tuning/models/" + FT_ID + "/archive";
        wireMock.stubFor(post(urlEqualTo(path))
                .willReturn(okJson("{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"archived\":true}")));
        wireMock.stubFor(delete(urlEqualTo(path))
                .willReturn(okJson("{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"archived\":false}")));

        ModelArchiveStatus archived = template.requestBodyAndHeader("direct:archive", null, MistralConstants.MODEL_ID,
                FT_ID, ModelArchiveStatus.class);
        ModelArchiveStatus unarchived = template.requestBodyAndHeader("direct:unarchive", null, MistralConstants.MODEL_ID,
                FT_ID, ModelArchiveStatus.class);

        assertThat(archived.archived()).isTrue();
        assertThat(unarchived.archived()).isFalse();
        assertThat(wireMock.getAllServeEvents()).extracting(event -> event.getRequest().getMethod().getName()
                                                                     + " " + event.getRequest().getUrl())
                .containsExactlyInAnyOrder("POST " + path, "DELETE " + path);
    }

    @Test
    void theCleanUpExampleOfTheGuideDeletesTheArchivedFineTunedModels() throws Exception {
        String archived = FINE_TUNED.replace("\"archived\":false", "\"archived\":true").replace(FT_ID, "ft:old");
        wireMock.stubFor(get(urlEqualTo("/v1/models"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[" + BASE + "," + FINE_TUNED + "," + archived + "]}")));
        wireMock.stubFor(delete(urlEqualTo("/v1/models/ft:old"))
                .willReturn(okJson("{\"id\":\"ft:old\",\"object\":\"model\",\"deleted\":true}")));
        MockEndpoint deleted = getMockEndpoint("mock:deleted");
        deleted.expectedMessageCount(1);

        template.sendBody("direct:cleanup", null);

        deleted.assertIsSatisfied();
        assertThat(deleted.getExchanges().get(0).getMessage().getBody(ModelDeleted.class).id()).isEqualTo("ft:old");
    }
}
