package io.github.camelmistral.consumer;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.files.FileDeleted;
import io.github.camelmistral.api.files.MistralFile;
import io.github.camelmistral.api.models.ModelCard;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class FileAndModelTriggerTest extends TriggerTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("file", "event=uploaded&source=upload&purpose=batch&pageSize=2")).routeId("uploaded")
                        .to("mock:uploaded");
                from(trigger("file", "event=deleted&pageSize=2")).routeId("fileDeleted").to("mock:fileDeleted");
                from(trigger("model", "event=deleted")).routeId("modelDeleted").to("mock:modelDeleted");
                from(trigger("model", "event=created")).routeId("modelCreated").to("mock:modelCreated");
            }
        };
    }

    private MockEndpoint mock(String name) {
        return getMockEndpoint("mock:" + name);
    }

    private static String file(String id, long createdAt) {
        return "{\"id\":\"" + id + "\",\"object\":\"file\",\"bytes\":10,\"created_at\":" + createdAt
               + ",\"filename\":\"" + id + ".jsonl\",\"purpose\":\"batch\",\"source\":\"upload\"}";
    }

    /** Serves the files as pages of two, like the API with page_size=2. */
    private static void files(String... files) {
        for (int page = 0; page * 2 < Math.max(1, files.length); page++) {
            StringBuilder data = new StringBuilder();
            for (int i = page * 2; i < Math.min(files.length, page * 2 + 2); i++) {
                data.append(data.length() > 0 ? "," : "").append(files[i]);
            }
            wireMock.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(okJson("{\"object\":\"list\",\"total\":" + files.length + ",\"data\":[" + data + "]}")));
        }
    }

    @Test
    void uploadedReportsNewFilesOnceWithTheFilters() {
        files(file("f1", T0));
        poll("uploaded");
        files(file("f1", T0), file("f3", T0 + 30), file("f2", T0 + 20));
        poll("uploaded");
        poll("uploaded");

        assertThat(mock("uploaded").getExchanges()).extracting(e -> e.getMessage().getBody(MistralFile.class).id())
                .containsExactly("f2", "f3");
        assertThat(mock("uploaded").getExchanges().get(0).getMessage().getHeaders())
                .containsEntry(MistralConstants.EVENT_TYPE, "file.uploaded")
                .containsEntry(MistralConstants.EVENT_ID, "file.uploaded:f2")
                .containsEntry(MistralConstants.FILE_ID, "f2");
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/files")).withQueryParam("source", equalTo("upload"))
                .withQueryParam("purpose", equalTo("batch")));
    }

    @Test
    void deletedIsConfirmedAndAFailingPageNeverTurnsIntoDeletions() {
        files(file("a", T0), file("b", T0 + 1), file("c", T0 + 2));
        poll("fileDeleted");

        // the second page fails: the scan is incomplete, so nothing may be concluded from it
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"unavailable\"}")));
        poll("fileDeleted");
        assertThat(mock("fileDeleted").getExchanges()).isEmpty();
        assertThat(consumer(context, "fileDeleted").getErrorCounter()).isEqualTo(1);

        // a really deleted (404), b missing from the list yet still there, c deleted:true
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/a")).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"not found\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/c")).willReturn(okJson(file("c", T0 + 2)
                .replace("}", ",\"deleted\":true}"))));
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo("0"))
                .willReturn(okJson("{\"object\":\"list\",\"total\":1,\"data\":[]}")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/files/b")).willReturn(okJson(file("b", T0 + 1))));
        poll("fileDeleted");
        poll("fileDeleted");

        assertThat(mock("fileDeleted").getExchanges()).extracting(e -> e.getMessage().getBody(FileDeleted.class).id())
                .containsExactly("a", "c");
        assertThat(mock("fileDeleted").getExchanges().get(0).getMessage().getHeaders())
                .containsEntry(MistralConstants.EVENT_TYPE, "file.deleted")
                .containsEntry(MistralConstants.EVENT_ID, "file.deleted:a");
    }

    private static String models(String... ids) {
        StringBuilder data = new StringBuilder("{\"id\":\"mistral-small-latest\",\"object\":\"model\",\"created\":1,\"type\":\"base\"}");
        for (String id : ids) {
            data.append(",{\"id\":\"").append(id).append("\",\"object\":\"model\",\"created\":").append(T0)
                    .append(",\"type\":\"fine-tuned\",\"archived\":false,\"job\":\"job-1\",\"root\":\"open-mistral-7b\"}");
        }
        return "{\"object\":\"list\",\"data\":[" + data + "]}";
    }

    @Test
    void modelDeletedAndCreatedForFineTunedModels() {
        String ft1 = "ft:open-mistral-7b:587a6b29:20240514:7e773925";
        String ft2 = "ft:open-mistral-7b:587a6b29:20240515:00000002";
        wireMock.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson(models(ft1))));
        poll("modelDeleted");
        poll("modelCreated");

        wireMock.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson(models(ft2))));
        wireMock.stubFor(get(urlPathEqualTo("/v1/models/" + ft1.replace(":", "%3A"))).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"no such model\"}")));
        poll("modelDeleted");
        poll("modelCreated");
        poll("modelDeleted");

        assertThat(mock("modelDeleted").getExchanges()).singleElement().satisfies(e -> assertThat(
                e.getMessage().getHeaders()).containsEntry(MistralConstants.EVENT_TYPE, "model.deleted")
                .containsEntry(MistralConstants.MODEL_ID, ft1));
        assertThat(mock("modelCreated").getExchanges()).singleElement().satisfies(e -> assertThat(
                e.getMessage().getBody(ModelCard.class).id()).isEqualTo(ft2));
    }
}
