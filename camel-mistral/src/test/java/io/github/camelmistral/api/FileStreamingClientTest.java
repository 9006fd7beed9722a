package io.github.camelmistral.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link MistralClient#download} against servers that control exactly when each byte leaves: the future completes at
 * the headers, the body streams as it is read, closing early stops the transfer, and a cut-off body is an error.
 */
class FileStreamingClientTest {

    private static final int HALF = 256 * 1024;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private MistralHttpTransport transport;
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        transport = new MistralHttpTransport(new TransportSettings(4, Duration.ofSeconds(5), "auto", null, null, null, null),
                executor, executor, scheduler, TransportObserver.NONE);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        transport.close();
        executor.shutdownNow();
        scheduler.shutdownNow();
    }

    private MistralClient client(String baseUrl) {
        return new MistralClient(transport, baseUrl, ApiKey.of("sk-test"), Duration.ofSeconds(5), Duration.ofSeconds(30),
                new RetryPolicy(0, Duration.ZERO, Duration.ZERO), Map.of());
    }

    private MistralClient client() {
        return client("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    private static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    @Test
    void smallDownloadsAnsweredAtOnceAreNeverCutOff() throws Exception {
        // a response that arrives before HttpClient has registered the exchange must not be cancelled by it
        byte[] content = "{\"custom_id\":\"1\"}\n".getBytes(StandardCharsets.UTF_8);
        serve("/small", exchange -> {
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        });
        MistralClient client = client();

        for (int i = 0; i < 300; i++) {
            try (InputStream body = client.download(ApiCall.get("/small")).get(10, TimeUnit.SECONDS).body()) {
                assertThat(body.readAllBytes()).as("download %d", i).isEqualTo(content);
            }
        }
    }

    @Test
    void theFutureCompletesAtTheHeadersAndTheBodyArrivesAsItIsRead() throws Exception {
        byte[] first = bytes(HALF, 1);
        byte[] second = bytes(HALF, 2);
        CountDownLatch sendSecondHalf = new CountDownLatch(1);
        serve("/v1/files/f1/content", exchange -> {
            exchange.getResponseHeaders().add("mistral-correlation-id", "req-dl");
            exchange.sendResponseHeaders(200, first.length + second.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(first);
                out.flush();
                // the second half only leaves once the client has shown it got the stream without it
                if (sendSecondHalf.await(30, TimeUnit.SECONDS)) {
                    out.write(second);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        MistralResponse<InputStream> response = client().download(ApiCall.get("/v1/files/f1/content"))
                .get(10, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.requestId()).isEqualTo("req-dl");
        try (InputStream in = response.body()) {
            assertThat(in.readNBytes(HALF)).isEqualTo(first);
            sendSecondHalf.countDown();
            assertThat(in.readNBytes(HALF)).isEqualTo(second);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void closingTheStreamEarlyStopsTheTransfer() throws Exception {
        AtomicBoolean transferBroken = new AtomicBoolean();
        serve("/v1/files/big/content", exchange -> {
            long length = 1024L * 1024 * 1024;
            exchange.sendResponseHeaders(200, length);
            byte[] chunk = bytes(64 * 1024, 3);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < length; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                transferBroken.set(true);
            }
        });

        InputStream in = client().download(ApiCall.get("/v1/files/big/content")).get(10, TimeUnit.SECONDS).body();
        assertThat(in.readNBytes(1024)).hasSize(1024);
        in.close();

        await().atMost(Duration.ofSeconds(20)).untilTrue(transferBroken);
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed before it was read");
    }

    @Test
    void aBodyCutOffByTheServerFailsTheReaderInsteadOfEndingQuietly() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> {
                try (Socket socket = raw.accept()) {
                    readRequestHead(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes(500, 4));
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, executor);

            InputStream in = client("http://127.0.0.1:" + raw.getLocalPort())
                    .download(ApiCall.get("/v1/files/cut/content")).get(10, TimeUnit.SECONDS).body();

            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("The download of /v1/files/cut/content was cut off: ");
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] last = new byte[4];
        int b;
        while ((b = in.read()) >= 0) {
            System.arraycopy(last, 1, last, 0, 3);
            last[3] = (byte) b;
            if (Arrays.equals(last, end)) {
                return;
            }
        }
    }

    @Test
    void anErrorAnswerFailsTheFutureWithTheApiError() {
        serve("/v1/files/nope/content", exchange -> respond(exchange, 404,
                "{\"object\":\"error\",\"message\":\"No file nope\",\"type\":\"invalid_request_error\"}"));

        CompletableFuture<MistralResponse<InputStream>> download = client().download(ApiCall.get("/v1/files/nope/content"));

        assertThatThrownBy(() -> download.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(MistralApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getErrorMessage()).isEqualTo("No file nope");
                    assertThat(e.getMethod()).isEqualTo("GET");
                    assertThat(e.getPath()).isEqualTo("/v1/files/nope/content");
                });
    }

    @Test
    void theKeyIsSentAsABearerTokenAndOnlyThere() throws Exception {
        AtomicBoolean authorized = new AtomicBoolean();
        serve("/v1/files/f2/content", exchange -> {
            authorized.set("Bearer sk-test".equals(exchange.getRequestHeaders().getFirst("Authorization")));
            respond(exchange, 200, "ok");
        });

        try (InputStream in = client().download(ApiCall.get("/v1/files/f2/content")).get(10, TimeUnit.SECONDS).body()) {
            assertThat(in.readAllBytes()).isEqualTo("ok".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(authorized).isTrue();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
