package io.github.camelmistral.producer;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.TestImages;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeImageProducerTest extends MistralTestSupport {

    static final byte[] PNG = TestImages.PNG;
    static final byte[] JPEG_HEAD = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

    @TempDir
    Path tmp;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:image").to(mistral("analyzeImage"));
            }
        };
    }

    @Test
    void bytesAreSentAsADataUrlWithTheDetectedMediaType() {
        stubChatReply("A transparent pixel.");

        String reply = template.requestBody("direct:image", PNG, String.class);

        assertThat(reply).isEqualTo("A transparent pixel.");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-small-latest","messages":[{"role":"user","content":[
                  {"type":"text","text":"Describe this image."},
                  {"type":"image_url","image_url":"data:image/png;base64,%s"}]}]}
                """.formatted(Base64.getEncoder().encodeToString(PNG)));
    }

    @Test
    void promptHeaderAndStreamBody() {
        stubChatReply("JPEG");

        template.request("direct:image", e -> {
            e.getIn().setBody(new ByteArrayInputStream(JPEG_HEAD));
            e.getIn().setHeader(MistralConstants.PROMPT, "Which format?");
        });

        assertThatJson(onlyRequest().getBodyAsString()).node("messages[0].content").isEqualTo("""
                [{"type":"text","text":"Which format?"},
                 {"type":"image_url","image_url":"data:image/jpeg;base64,%s"}]
                """.formatted(Base64.getEncoder().encodeToString(JPEG_HEAD)));
    }

    @Test
    void fileAndPathBodies() throws Exception {
        stubChatReply("ok");
        Path image = Files.write(tmp.resolve("pixel.png"), PNG);

        template.requestBody("direct:image", image.toFile());
        template.requestBody("direct:image", image);

        assertThat(wireMock.getAllServeEvents()).hasSize(2);
    }

    @Test
    void urlsArePassedAsTheyAre() {
        stubChatReply("ok");

        template.requestBody("direct:image", "https://example.com/cat.webp");

        assertThatJson(onlyRequest().getBodyAsString()).node("messages[0].content[1].image_url")
                .isEqualTo("https://example.com/cat.webp");
    }

    @Test
    void unsupportedBytesAreRefusedBeforeSending() {
        Exchange result = template.request("direct:image", e -> e.getIn().setBody("%PDF-1.7".getBytes()));

        assertThat(failureOf(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not PNG, JPEG, WEBP or GIF");
        assertNoRequestSent();
    }

    @Test
    void imagesOverTheLimitAreRefusedWithTheLimitNamed() throws Exception {
        Path big = tmp.resolve("big.png");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024); // sparse: no 11 MB written
        }

        Exchange result = template.request("direct:image", e -> e.getIn().setBody(big));

        assertThat(failureOf(result)).hasMessageContaining("the image is 11 MB, over the API's limit of 10 MB per image");
        assertNoRequestSent();
    }

    @Test
    void aStreamOverTheLimitIsRefusedAndLeftReadableForErrorHandling() {
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = (byte) 0x89;

        Exchange result = template.request("direct:image", e -> e.getIn().setBody(new ByteArrayInputStream(big)));

        assertThat(failureOf(result)).hasMessageContaining("larger than 10 MB, over the API's limit of 10 MB per image");
        assertThat(result.getIn().getBody(byte[].class)).as("the body a dead letter channel would store").isEqualTo(big);
        assertNoRequestSent();
    }

    @Test
    void aTextThatIsNoUrlIsRefused() {
        Exchange result = template.request("direct:image", e -> e.getIn().setBody("cat.png"));

        assertThat(failureOf(result)).hasMessageContaining("got a String that is neither");
        assertNoRequestSent();
    }
}
