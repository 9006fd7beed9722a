package io.github.camelmistral.example;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What a user of {@code POST /chat} sees: the first bytes of the reply, then the whole of it. */
public final class ChatClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI chat;

    public ChatClient(int port) {
        this.chat = URI.create("http://127.0.0.1:" + port + "/chat");
    }

    /** Posts a prompt and describes the streamed answer: its first bytes as they came, then the whole text. */
    public String firstWordsAndWhole() throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(chat)
                        .POST(HttpRequest.BodyPublishers.ofString("Tell me a story about a camel")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] first = new byte[256];
            int n = body.read(first);
            String firstWords = n < 0 ? "" : new String(first, 0, n, StandardCharsets.UTF_8);
            String rest = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return "first bytes \"" + firstWords.strip() + "\", then " + (firstWords + rest).length()
                   + " characters in all (HTTP " + response.statusCode() + ")";
        }
    }
}
