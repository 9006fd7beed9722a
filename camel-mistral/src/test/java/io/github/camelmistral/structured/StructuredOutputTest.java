package io.github.camelmistral.structured;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** outputClass: the strict schema sent, the reply read into the class, one retry with the problem fed back. */
class StructuredOutputTest extends MistralTestSupport {

    public record Line(String item, int quantity) {
    }

    public record Invoice(String number, double total, List<Line> lines, Optional<String> note) {
    }

    private static final String CHAT = "/v1/chat/completions";
    private static final String INVOICE = "{\"number\":\"INV-7\",\"total\":42.5,\"lines\":[{\"item\":\"camel\",\"quantity\":2}]}";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:extract").to(mistral("chat", "outputClass=" + Invoice.class.getName()));
                from("direct:noRetry").to(mistral("chat", "outputClass=" + Invoice.class.getName()
                                                          + "&structuredOutputRetries=0"));
            }
        };
    }

    private static void replies(String... texts) {
        answersInOrder(CHAT, Arrays.stream(texts).map(MistralTestSupport::chatCompletion).toArray(String[]::new));
    }

    @Test
    void theStrictSchemaOfTheClassIsSentAndTheReplyComesBackAsAnInstance() throws Exception {
        replies(INVOICE);

        Exchange result = template.request("direct:extract", e -> e.getIn().setBody("Extract: INV-7, 2 camels, 42.50"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(
                new Invoice("INV-7", 42.5, List.of(new Line("camel", 2)), Optional.empty()));
        JsonNode format = postedJson(CHAT).get(0).path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo("Invoice");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("number", "total", "lines");
        assertThat(schema.path("properties").path("lines").path("items").path("additionalProperties").asBoolean(true))
                .isFalse();
    }

    @Test
    void aReplyThatDoesNotFitIsAskedForAgainWithTheProblem() throws Exception {
        replies("Sure! The invoice number is INV-7.", INVOICE);

        Exchange result = template.request("direct:extract", e -> e.getIn().setBody("Extract the invoice"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Invoice.class).number()).isEqualTo("INV-7");
        JsonNode retry = postedJson(CHAT).get(1).path("messages");
        assertThat(retry).hasSize(3);
        assertThat(retry.get(1).path("content").asText()).isEqualTo("Sure! The invoice number is INV-7.");
        assertThat(retry.get(2).path("content").asText()).startsWith("That reply cannot be used: the reply is not JSON");
    }

    @Test
    void aReplyMissingARequiredPropertyFailsAfterTheRetriesWithTheRawReply() {
        replies("{\"number\":\"INV-7\"}");

        Exchange result = template.request("direct:noRetry", e -> e.getIn().setBody("Extract the invoice"));

        assertThat(result.getException()).isInstanceOf(MistralStructuredOutputException.class)
                .hasMessageContaining("lines").hasMessageContaining("total").hasMessageContaining("are missing")
                .hasMessageContaining("{\"number\":\"INV-7\"}");
        assertThat(((MistralStructuredOutputException) result.getException()).getRawReply()).isEqualTo("{\"number\":\"INV-7\"}");
    }

    @Test
    void outputClassWithStreamingFailsAtStartup() {
        assertThat(startupFailureOf("mistral:chat?apiKey=k&streaming=true&outputClass=" + Invoice.class.getName()))
                .hasMessageContaining("outputClass needs the whole reply").hasMessageContaining("streaming=true");
        assertThat(startupFailureOf("mistral:agent?apiKey=k&agentId=ag_1&streaming=true&outputClass="
                                    + Invoice.class.getName()))
                .hasMessageContaining("mistral:agent");
    }

    @Test
    void anUnknownOutputClassFailsAtStartup() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:x").to("mistral:chat?apiKey=k&outputClass=com.acme.Missing");
                }
            });
            assertThatThrownBy(other::start).hasStackTraceContaining("com.acme.Missing");
        }
    }
}
