package io.github.camelmistral.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The floor: the JDK's own {@link HttpClient} and Jackson doing the same requests by hand, with nothing a
 * component adds (no routing, retries, metrics, typed model). HTTP/1.1, as the component speaks to a plain-http
 * base URL.
 */
final class JdkClient implements BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final long burstLatencyMs;
    private final int embeddingsBatchSize;
    private final int embeddingsConcurrency;

    JdkClient(String baseUrl, long burstLatencyMs, int embeddingsBatchSize, int embeddingsConcurrency) {
        this.baseUrl = baseUrl;
        this.burstLatencyMs = burstLatencyMs;
        this.embeddingsBatchSize = embeddingsBatchSize;
        this.embeddingsConcurrency = embeddingsConcurrency;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Embeddings(List<Item> data) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Item(int index, float[] embedding) {
        }
    }

    @Override
    public String chat(String prompt) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(chatRequest(BenchClient.modelWithLatency(0), prompt, false),
                HttpResponse.BodyHandlers.ofByteArray());
        return replyText(response.body());
    }

    @Override
    public CompletableFuture<?> chatLater(String prompt) {
        return http.sendAsync(chatRequest(BenchClient.modelWithLatency(burstLatencyMs), prompt, false),
                HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> replyText(response.body()));
    }

    @Override
    public long streamFirstDeltaLagMicros(String prompt) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(chatRequest("stream", prompt, true),
                HttpResponse.BodyHandlers.ofLines());
        AtomicLong lag = new AtomicLong(-1);
        try (Stream<String> lines = response.body()) {
            lines.filter(line -> line.startsWith("data: ") && !line.equals("data: [DONE]")).forEach(line -> {
                String delta = read(line.substring(6)).path("choices").path(0).path("delta").path("content").asText("");
                if (lag.get() < 0 && !delta.isEmpty()) {
                    long sentAt = StubServer.sentAtMicros(delta);
                    lag.set(sentAt < 0 ? -1 : StubServer.nowMicros() - sentAt);
                }
            });
        }
        return lag.get();
    }

    @Override
    public int embed(List<String> texts) {
        int requests = (texts.size() + embeddingsBatchSize - 1) / embeddingsBatchSize;
        List<List<float[]>> vectors = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            vectors.add(null);
        }
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(embeddingsConcurrency, requests); w++) {
            workers.add(embedFrom(texts, next, vectors));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        return vectors.stream().mapToInt(List::size).sum();
    }

    /** One of the requests in flight: when its answer is in, it sends the next batch nobody took yet. */
    private CompletableFuture<Void> embedFrom(List<String> texts, AtomicInteger next, List<List<float[]>> vectors) {
        int batch = next.getAndIncrement();
        if (batch >= vectors.size()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> inputs = texts.subList(batch * embeddingsBatchSize,
                Math.min(texts.size(), (batch + 1) * embeddingsBatchSize));
        ObjectNode body = JSON.createObjectNode().put("model", "mistral-embed");
        inputs.forEach(body.putArray("input")::add);
        return http.sendAsync(post("/v1/embeddings", body), HttpResponse.BodyHandlers.ofByteArray())
                .thenCompose(response -> {
                    Embeddings answer = parse(response.body());
                    List<float[]> ordered = new ArrayList<>(answer.data().size());
                    for (int i = 0; i < answer.data().size(); i++) {
                        ordered.add(null);
                    }
                    answer.data().forEach(item -> ordered.set(item.index(), item.embedding()));
                    synchronized (vectors) {
                        vectors.set(batch, ordered);
                    }
                    return embedFrom(texts, next, vectors);
                });
    }

    private HttpRequest chatRequest(String model, String prompt, boolean stream) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        body.putArray("messages").addObject().put("role", "user").put("content", prompt);
        if (stream) {
            body.put("stream", true);
        }
        return post("/v1/chat/completions", body);
    }

    private HttpRequest post(String path, ObjectNode body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer benchmark-key")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(unchecked(() -> JSON.writeValueAsBytes(body))))
                .build();
    }

    private static String replyText(byte[] body) {
        return unchecked(() -> JSON.readTree(body)).path("choices").path(0).path("message").path("content").asText();
    }

    private static JsonNode read(String json) {
        return unchecked(() -> JSON.readTree(json));
    }

    private static Embeddings parse(byte[] json) {
        return unchecked(() -> JSON.readValue(json, Embeddings.class));
    }

    @FunctionalInterface
    private interface JsonCall<T> {
        T call() throws IOException;
    }

    /** Jackson's checked exceptions inside the futures' lambdas: a stub answer it cannot read is a harness bug. */
    private static <T> T unchecked(JsonCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // the JDK 17 client has no close(): its selector thread ends when the client is collected
    }
}
