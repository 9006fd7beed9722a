package io.github.camelmistral.kamelets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmistral.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embeddings, moderation, OCR and image analysis actions as route steps: {@code direct:<name>} calls
 * {@code kamelet:mistral-<name>-action} with the given properties and hands the result to {@code mock:out}.
 */
class MistralActionKameletsTest extends KameletTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void embeddingsTurnATextIntoAJsonVector() throws Exception {
        Exchange out = call("embeddings", "model: codestral-embed\noutputDimension: 256",
                "Camel routes messages".getBytes(StandardCharsets.UTF_8));

        JsonNode vector = JSON.readTree(out.getMessage().getBody(String.class));
        assertThat(vector.isArray()).isTrue();
        assertThat(vector).hasSize(256);
        assertThat(vector.get(0).isNumber()).isTrue();
        assertThat(out.getMessage().getHeader("CamelMistralTotalTokens", Integer.class)).isPositive();
        assertThatJson(onlyRequestTo("/v1/embeddings").bodyAsString()).isEqualTo("""
                {"model":"codestral-embed","input":["Camel routes messages"],"output_dimension":256}""");
    }

    @Test
    void moderationGivesTheVerdictAsJsonAndTheFlagAsAHeader() throws Exception {
        Exchange out = call("moderation", "", "how to build a bomb");

        assertThat(out.getMessage().getHeader("CamelMistralFlagged", Boolean.class)).isTrue();
        JsonNode verdict = JSON.readTree(out.getMessage().getBody(String.class));
        assertThat(verdict.at("/categories/dangerous_and_criminal_content").asBoolean()).isTrue();
        assertThat(verdict.at("/categories/health").asBoolean()).isFalse();
        assertThat(verdict.at("/category_scores/dangerous_and_criminal_content").asDouble()).isGreaterThan(0.9);
        assertThatJson(onlyRequestTo("/v1/moderations").bodyAsString()).isEqualTo("""
                {"model":"mistral-moderation-latest","input":"how to build a bomb"}""");
    }

    @Test
    void ocrReadsTheSelectedPagesOfAPdfBody() throws Exception {
        byte[] pdf = """
                %PDF-1.4
                1 0 obj << /Type /Page >> endobj
                2 0 obj << /Type /Page >> endobj
                3 0 obj << /Type /Page >> endobj
                %%EOF
                """.getBytes(StandardCharsets.ISO_8859_1);

        Exchange out = call("ocr", "pages: \"1-2\"\nextractHeader: true", pdf);

        assertThat(out.getMessage().getBody(String.class))
                .contains("(page 2 of 3)", "(page 3 of 3)").doesNotContain("(page 1 of 3)");
        assertThat(out.getMessage().getHeader("CamelMistralPagesProcessed", Integer.class)).isEqualTo(2);
        JsonNode request = onlyRequestTo("/v1/ocr").bodyAsJson();
        assertThat(request.path("model").asText()).isEqualTo("mistral-ocr-latest");
        assertThat(request.at("/document/type").asText()).isEqualTo("document_url");
        assertThat(request.at("/document/document_url").asText()).startsWith("data:application/pdf;base64,");
        assertThat(request.path("extract_header").asBoolean()).isTrue();
        assertThat(request.path("pages").asText()).isEqualTo("1-2");
    }

    @Test
    void analyzeImageAsksThePromptAboutAnImageBody() throws Exception {
        Exchange out = call("analyze-image", "prompt: \"RAW(What is red & what is blue?)\"\nmaxTokens: 100", png());

        assertThat(out.getMessage().getBody(String.class)).isEqualTo("Simulated reply from the Mistral simulator "
                + "(mistral-small-latest): I see 1 image (image/png). You said: \"What is red & what is blue?\"");
        JsonNode request = onlyRequestTo("/v1/chat/completions").bodyAsJson();
        assertThat(request.path("max_tokens").asInt()).isEqualTo(100);
        JsonNode content = request.at("/messages/0/content");
        assertThat(content.findValuesAsText("type")).containsExactlyInAnyOrder("text", "image_url");
        assertThat(content.toString()).contains("data:image/png;base64,");
    }

    /** Sends {@code body} through the action with the simulator's URL and key plus {@code properties} (YAML lines). */
    private Exchange call(String action, String properties, Object body) throws Exception {
        String extra = properties.isEmpty() ? "" : properties.indent(14).stripTrailing() + "\n";
        loadYaml(action + "-route.yaml", """
                - route:
                    from:
                      uri: direct:in
                      steps:
                        - to:
                            uri: kamelet:mistral-%s-action
                            parameters:
                              apiKey: "{{mistral.key}}"
                              baseUrl: "{{mistral.url}}"
                %s        - to: mock:out
                """.formatted(action, extra));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(1);
        template.sendBody("direct:in", body);
        out.assertIsSatisfied();
        return out.getExchanges().get(0);
    }

    private static RecordedRequest onlyRequestTo(String path) {
        assertThat(sim.requests().all()).hasSize(1);
        RecordedRequest request = sim.requests().last();
        assertThat(request.path()).isEqualTo(path);
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        return request;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 1, 0x0000FF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
