package io.github.camelmistral.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmistral.LogCapture;
import io.github.camelmistral.MistralComponent;
import io.github.camelmistral.api.MistralConnectionException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corporate networks: an API behind TLS with a self-signed certificate, trusted through Camel's
 * {@code SSLContextParameters} (and refused without them), reached through a real HTTP CONNECT proxy that asks for
 * credentials.
 */
class ProxyAndTlsTest {

    private static final String KEY = "sk-proxy-SECRET-5a1c";
    private static final String STORE_PASSWORD = "changeit";
    private static final String PROXY_PASSWORD = "proxy-SECRET-pw";

    @TempDir
    static Path dir;
    static Path keystore;

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort()
                    .keystorePath(keystore().toString()).keystorePassword(STORE_PASSWORD)
                    .keyManagerPassword(STORE_PASSWORD).keystoreType("PKCS12"))
            .build();

    @RegisterExtension
    LogCapture logs = new LogCapture();

    private static ConnectProxy proxy;
    private CamelContext context;

    /** A certificate for 127.0.0.1 and localhost, made by the JDK's keytool for this run only. */
    private static Path keystore() {
        if (keystore == null) {
            try {
                Path folder = Files.createTempDirectory("mistral-tls");
                keystore = folder.resolve("server.p12");
                Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-alias", "api", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype", "PKCS12", "-keystore", keystore.toString(),
                        "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                        .redirectErrorStream(true).start();
                if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + new String(keytool.getInputStream().readAllBytes()));
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return keystore;
    }

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = new ConnectProxy("alice", PROXY_PASSWORD);
    }

    @AfterAll
    static void stopProxy() throws IOException {
        proxy.close();
    }

    @AfterEach
    void stopContext() {
        if (context != null) {
            context.stop();
        }
    }

    private Exchange chat(MistralComponent mistral) throws Exception {
        api.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"mistral-small-latest\",\"created\":1,"
                          + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"over TLS\"},"
                          + "\"finish_reason\":\"stop\"}]}")));
        mistral.getConfiguration().setBaseUrl("https://127.0.0.1:" + api.getRuntimeInfo().getHttpsPort());
        mistral.getConfiguration().setApiKey(KEY);
        mistral.getConfiguration().setMaxRetries(0);
        context = new DefaultCamelContext();
        context.addComponent("mistral", mistral);
        context.start();
        return context.createProducerTemplate().request("mistral:chat", e -> e.getIn().setBody("Hi"));
    }

    private static SSLContextParameters trustingTheTestCertificate() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + keystore);
        store.setPassword(STORE_PASSWORD);
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trust);
        return tls;
    }

    @Test
    void aSelfSignedCertificateIsTrustedThroughSslContextParameters() throws Exception {
        MistralComponent mistral = new MistralComponent();
        mistral.setSslContextParameters(trustingTheTestCertificate());

        Exchange result = chat(mistral);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("over TLS");
    }

    @Test
    void httpsNegotiatesHttp2ByAlpnAndHttpVersionCanForceHttp11() throws Exception {
        MistralComponent negotiating = new MistralComponent();
        negotiating.setSslContextParameters(trustingTheTestCertificate());
        assertThat(chat(negotiating).getException()).isNull();
        assertThat(api.getAllServeEvents().get(0).getRequest().getProtocol()).isEqualTo("HTTP/2.0");
        context.stop();

        api.resetRequests();
        MistralComponent http11 = new MistralComponent();
        http11.setSslContextParameters(trustingTheTestCertificate());
        http11.setHttpVersion("1.1");
        assertThat(chat(http11).getException()).isNull();
        assertThat(api.getAllServeEvents().get(0).getRequest().getProtocol()).isEqualTo("HTTP/1.1");
    }

    @Test
    void withoutTheTrustTheHandshakeFails() throws Exception {
        Exchange result = chat(new MistralComponent());

        assertThat(result.getException()).isInstanceOf(MistralConnectionException.class)
                .hasMessageContaining("SSL");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void httpsGoesThroughTheProxyWithCredentials() throws Exception {
        MistralComponent mistral = new MistralComponent();
        mistral.setSslContextParameters(trustingTheTestCertificate());
        mistral.setProxyHost("127.0.0.1");
        mistral.setProxyPort(proxy.port());
        mistral.setProxyUsername("alice");
        mistral.setProxyPassword(PROXY_PASSWORD);
        proxy.tunnelled.clear();

        Exchange result = chat(mistral);

        assertThat(result.getException()).isNull();
        assertThat(proxy.tunnelled).containsExactly("127.0.0.1:" + api.getRuntimeInfo().getHttpsPort());
        assertThat(logs.all()).doesNotContain(PROXY_PASSWORD).doesNotContain(KEY);
        assertThat(context.getComponent("mistral", MistralComponent.class).toString()).doesNotContain(PROXY_PASSWORD);
    }

    @Test
    void nonProxyHostsAreReachedDirectly() throws Exception {
        MistralComponent mistral = new MistralComponent();
        mistral.setSslContextParameters(trustingTheTestCertificate());
        mistral.setProxyHost("127.0.0.1");
        mistral.setProxyPort(proxy.port());
        mistral.setNonProxyHosts("localhost|127.0.*");
        proxy.tunnelled.clear();

        Exchange result = chat(mistral);

        assertThat(result.getException()).isNull();
        assertThat(proxy.tunnelled).isEmpty();
    }

    /** An HTTP proxy that only tunnels ({@code CONNECT}), asks for Basic credentials, and records where it tunnelled. */
    static final class ConnectProxy implements AutoCloseable {
        final List<String> tunnelled = new CopyOnWriteArrayList<>();
        private final ServerSocket server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final String expectedAuth;

        ConnectProxy(String user, String password) throws IOException {
            this.expectedAuth = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            threads.execute(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    threads.execute(() -> serve(client));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket client) {
            try (client) {
                InputStream in = client.getInputStream();
                OutputStream out = client.getOutputStream();
                while (true) {
                    List<String> head = readHead(in);
                    if (head.isEmpty()) {
                        return;
                    }
                    String[] requestLine = head.get(0).split(" ");
                    boolean authorized = head.stream().anyMatch(h -> h.equalsIgnoreCase("Proxy-Authorization: " + expectedAuth));
                    if (!requestLine[0].equals("CONNECT")) {
                        out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        return;
                    }
                    if (!authorized) {
                        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                                   + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        continue;
                    }
                    String[] target = requestLine[1].split(":");
                    tunnelled.add(requestLine[1]);
                    try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
                        out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        threads.execute(() -> pump(in, upstreamOut(upstream)));
                        pump(upstream.getInputStream(), out);
                    }
                    return;
                }
            } catch (IOException ignored) {
                // the client or the API closed the tunnel
            }
        }

        private static OutputStream upstreamOut(Socket upstream) {
            try {
                return upstream.getOutputStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void pump(InputStream from, OutputStream to) {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException closed) {
                // one side closed: the tunnel ends
            }
        }

        private static List<String> readHead(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            List<String> head = new java.util.ArrayList<>();
            for (int b; (b = in.read()) >= 0; ) {
                if (b == '\n') {
                    String text = line.toString(StandardCharsets.US_ASCII).strip();
                    line.reset();
                    if (text.isEmpty()) {
                        return head;
                    }
                    head.add(text);
                } else {
                    line.write(b);
                }
            }
            return List.of();
        }

        @Override
        public void close() throws IOException {
            server.close();
            threads.shutdownNow();
        }
    }
}
