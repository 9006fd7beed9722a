package io.github.camelmistral.karaf;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmistral.karaf.routes.MistralRoutesActivator;
import io.github.camelmistral.simulator.MistralSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Installs the {@code camel-mistral} feature into a real Apache Karaf with the commands the README gives, deploys a
 * routes bundle, and checks that a producer route and a polling trigger work against the simulator running in this
 * JVM. Camel comes from a stand-in for camel-karaf's features (see camel-karaf-substitute-features.xml) unless
 * {@code -Dkaraf.camel.features=camel-karaf}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamelMistralFeatureIT {

    private static final String GROUP = "io.github.camelmistral";
    private static final String API_KEY = "karaf-it-key";
    private static final String CAMEL_KARAF_FEATURES = "mvn:org.apache.camel.karaf/apache-camel/%s/xml/features";
    private static final String SUBSTITUTE_FEATURES = "mvn:" + GROUP + "/camel-karaf-substitute/%s/xml/features";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final String version = property("project.version");
    private final Path target = Path.of(property("karaf.features.file")).getParent().getParent();
    private final Path output = target.resolve("karaf-it-output");
    private MistralSimulator simulator;
    private KarafContainer karaf;

    @BeforeAll
    void installFeatureAndRoutes() throws Exception {
        simulator = MistralSimulator.builder().apiKey(API_KEY).port(0).start();
        Files.createDirectories(output);
        try (var stale = Files.list(output)) {
            for (Path file : stale.toList()) {
                Files.delete(file);
            }
        }
        karaf = KarafContainer.configure(Path.of(property("karaf.home")), Path.of(property("maven.local.repository")));
        // mvn verify installs nothing into the local repository: the reactor's artifacts go into system/
        karaf.addToSystemRepository(GROUP, "camel-mistral", version, "", "jar", Path.of(property("camel.mistral.jar")));
        karaf.addToSystemRepository(GROUP, "camel-mistral-karaf", version, "features", "xml", featuresUnderTest());
        karaf.start(Map.of(MistralRoutesActivator.BASE_URL, simulator.baseUrl(),
                MistralRoutesActivator.API_KEY, API_KEY,
                MistralRoutesActivator.OUTPUT, output.toString()), target.resolve("karaf-console.log"));
        karaf.execute("feature:repo-add mvn:" + GROUP + "/camel-mistral-karaf/" + version + "/xml/features",
                "feature:install camel-mistral");
        Path routes = RoutesBundle.build(target.resolve("camel-mistral-karaf-it-routes.jar"));
        karaf.execute("bundle:install --start " + routes.toUri());
    }

    @AfterAll
    void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void componentBundleIsActiveAndExportsOnlyItsApi() throws IOException {
        assertThat(karaf.execute("bundle:list -s -t 0 --no-format"))
                .containsPattern("Active\\s*\\S*\\s*\\S*\\s*" + (GROUP + ".camel-mistral").replace(".", "\\."));
        assertThat(karaf.execute("package:exports -p io.github.camelmistral --show-name-only --no-format").lines()
                .map(String::strip).filter(line -> line.startsWith(GROUP)).distinct())
                .contains(GROUP, GROUP + ".api", GROUP + ".api.chat", GROUP + ".api.files")
                .noneMatch(name -> name.matches(".*\\.(producer|consumer|event|support|metrics|health)(\\..*)?"));
    }

    @Test
    void producerRouteGetsTheSimulatorsChatReply() {
        Path reply = output.resolve("chat.txt");
        await().atMost(STARTUP).ignoreExceptions()
                .untilAsserted(() -> assertThat(Files.readString(reply)).startsWith("Simulated reply from the Mistral simulator"));
        assertThat(simulator.requests().to("POST", "/v1/chat/completions")).singleElement()
                .satisfies(request -> assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY));
    }

    @Test
    void fileTriggerReportsAnUploadMadeAfterItsFirstPoll() throws Exception {
        // the first poll only learns which files exist; the second starts after it has
        await().atMost(STARTUP).until(() -> simulator.requests().to("GET", "/v1/files").size() >= 2);
        String id = upload("karaf-notes.txt", "uploaded while Karaf watched");

        Path event = output.resolve("uploaded-" + id + ".txt");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> assertThat(Files.readString(event)).isEqualTo("karaf-notes.txt"));
    }

    /** The features file as built, with the camel-karaf repository swapped for its stand-in unless told otherwise. */
    private Path featuresUnderTest() throws IOException {
        String camelKaraf = property("camel.karaf.version");
        Path built = Path.of(property("karaf.features.file"));
        if ("camel-karaf".equals(System.getProperty("karaf.camel.features"))) {
            return built;
        }
        String features = Files.readString(built);
        String camelRepository = CAMEL_KARAF_FEATURES.formatted(camelKaraf);
        assertThat(features).contains(camelRepository);
        karaf.addToSystemRepository(GROUP, "camel-karaf-substitute", camelKaraf, "features", "xml", standInFeatures());
        Path rewritten = target.resolve("features-with-camel-karaf-substitute.xml");
        Files.writeString(rewritten, features.replace(camelRepository, SUBSTITUTE_FEATURES.formatted(camelKaraf)));
        return rewritten;
    }

    /** The stand-in for camel-karaf's features, as the build filtered it into the test classpath. */
    static Path standInFeatures() {
        try {
            return Path.of(CamelMistralFeatureIT.class.getResource("/camel-karaf-substitute-features.xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String upload(String filename, String content) throws Exception {
        String boundary = "karaf-it-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nocr\r\n"
                      + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                      + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1/files"))
                .header("Authorization", "Bearer " + API_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).path("id").asText();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set: run the test through Maven (failsafe)");
        }
        return value;
    }
}
