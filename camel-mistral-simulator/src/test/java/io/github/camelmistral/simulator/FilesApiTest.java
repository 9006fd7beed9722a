package io.github.camelmistral.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilesApiTest extends SimulatorTestSupport {


    private static byte[] everyByteValue() {
        byte[] bytes = new byte[1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private JsonNode upload(String filename, String purpose, byte[] content) {
        SimulatorClient.Response response = client.postMultipart("/v1/files",
                SimulatorClient.Part.text("purpose", purpose),
                SimulatorClient.Part.file("file", filename, "application/octet-stream", content));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void storesAndReturnsTheExactBytes() {
        byte[] content = everyByteValue();
        JsonNode uploaded = upload("blob.bin", "fine-tune", content);

        assertThat(uploaded.path("object").asText()).isEqualTo("file");
        assertThat(uploaded.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(uploaded.path("bytes").asInt()).isEqualTo(content.length);
        assertThat(uploaded.path("filename").asText()).isEqualTo("blob.bin");
        assertThat(uploaded.path("source").asText()).isEqualTo("upload");
        assertThat(uploaded.path("created_at").asLong()).isEqualTo(sim.clock().epochSecond());

        SimulatorClient.Response download = client.get("/v1/files/" + uploaded.path("id").asText() + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(download.bytes()).isEqualTo(content);
    }

    @Test
    void describesJsonlFiles() {
        JsonNode uploaded = upload("train;v2.jsonl", "batch", "{\"a\":1}\n{\"a\":2}\n".getBytes());

        assertThat(uploaded.path("filename").asText()).isEqualTo("train;v2.jsonl");
        assertThat(uploaded.path("mimetype").asText()).isEqualTo("application/jsonl");
        assertThat(uploaded.path("num_lines").asInt()).isEqualTo(2);
        assertThat(uploaded.path("sample_type").asText()).isEqualTo("batch_request");
    }

    @Test
    void getsThenDeletesAndThenAnswers404() {
        String id = upload("a.jsonl", "fine-tune", "{}".getBytes()).path("id").asText();

        JsonNode retrieved = client.get("/v1/files/" + id).json();
        assertThat(retrieved.path("deleted").asBoolean()).isFalse();
        assertThat(retrieved.path("filename").asText()).isEqualTo("a.jsonl");

        JsonNode deleted = client.delete("/v1/files/" + id).json();
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(deleted.path("object").asText()).isEqualTo("file");

        assertThat(client.get("/v1/files/" + id).status()).isEqualTo(404);
        assertThat(client.get("/v1/files/" + id + "/content").status()).isEqualTo(404);
        assertThat(client.delete("/v1/files/" + id).status()).isEqualTo(404);
        SimulatorClient.Response notFound = client.get("/v1/files/" + id);
        assertThat(notFound.json().path("object").asText()).isEqualTo("error");
    }

    @Test
    void listsNewestFirstWithPagingAndFilters() {
        upload("one.jsonl", "fine-tune", "{}".getBytes());
        upload("two.jsonl", "batch", "{}".getBytes());
        upload("three.pdf", "ocr", "%PDF".getBytes());

        JsonNode all = client.get("/v1/files").json();
        assertThat(all.path("object").asText()).isEqualTo("list");
        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("data").findValuesAsText("filename"))
                .containsExactly("three.pdf", "two.jsonl", "one.jsonl");

        JsonNode page = client.get("/v1/files?page=1&page_size=2").json();
        assertThat(page.path("data").findValuesAsText("filename")).containsExactly("one.jsonl");
        assertThat(page.path("total").asInt()).isEqualTo(3);

        assertThat(client.get("/v1/files?purpose=batch").json().path("data").findValuesAsText("filename"))
                .containsExactly("two.jsonl");
        assertThat(client.get("/v1/files?search=THREE").json().path("data")).hasSize(1);
        assertThat(client.get("/v1/files?mimetypes=application/pdf&mimetypes=application/jsonl").json()
                .path("total").asInt()).isEqualTo(3);
        assertThat(client.get("/v1/files?source=mistral").json().path("total").asInt()).isZero();
        assertThat(client.get("/v1/files?include_total=false").json().path("total").isNull()).isTrue();
        assertThat(client.get("/v1/files?purpose=nonsense").status()).isEqualTo(422);
    }

    @Test
    void signedUrlDownloadsWithoutAKeyUntilItExpires() throws IOException, InterruptedException {
        byte[] content = everyByteValue();
        String id = upload("signed.bin", "ocr", content).path("id").asText();

        String url = client.get("/v1/files/" + id + "/url?expiry=1").json().path("url").asText();
        assertThat(url).startsWith(sim.baseUrl());

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<byte[]> download = anonymous.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);

        sim.clock().advance(Duration.ofHours(2));
        HttpResponse<byte[]> expired = anonymous.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(expired.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAnUploadWithoutFileOrWithAnUnknownPurpose() {
        SimulatorClient.Response noFile = client.postMultipart("/v1/files",
                SimulatorClient.Part.text("purpose", "batch"));
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.json().path("detail").get(0).path("type").asText()).isEqualTo("missing");

        SimulatorClient.Response badPurpose = client.postMultipart("/v1/files",
                SimulatorClient.Part.text("purpose", "holiday-photos"),
                SimulatorClient.Part.file("file", "x.jsonl", null, "{}".getBytes()));
        assertThat(badPurpose.status()).isEqualTo(422);
        assertThat(badPurpose.json().path("detail").get(0).path("type").asText()).isEqualTo("enum");
    }

    @Test
    void filesWithAnExpiryDisappearWhenItPasses() {
        SimulatorClient.Response response = client.postMultipart("/v1/files",
                SimulatorClient.Part.text("purpose", "batch"), SimulatorClient.Part.text("expiry", "1"),
                SimulatorClient.Part.file("file", "short.jsonl", null, "{}".getBytes()));
        String id = response.json().path("id").asText();
        assertThat(response.json().path("expires_at").asLong()).isEqualTo(sim.clock().epochSecond() + 3600);

        sim.clock().advance(Duration.ofMinutes(61));

        assertThat(client.get("/v1/files/" + id).status()).isEqualTo(404);
    }
}
