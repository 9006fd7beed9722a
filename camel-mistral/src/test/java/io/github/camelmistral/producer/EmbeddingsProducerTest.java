package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.List;

import io.github.camelmistral.EchoEmbeddingsTransformer;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingsProducerTest extends MistralTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:embed").to(mistral("embeddings"));
                from("direct:batched").to(mistral("embeddings", "embeddingsBatchSize=2&embeddingsMaxConcurrentRequests=2"
                                                                + "&model=codestral-embed&outputDimension=3&outputDtype=float"));
            }
        };
    }

    private static void stubEmbeddings() {
        wireMock.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(okJson("{}").withTransformers(EchoEmbeddingsTransformer.NAME)));
    }

    @Test
    void oneStringGivesOneVector() {
        stubEmbeddings();

        @SuppressWarnings("unchecked")
        List<Float> vector = template.requestBody("direct:embed", "hello", List.class);

        assertThat(vector).containsExactly(5.0f, 0.0f, 0.0f);
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("{\"model\":\"mistral-embed\",\"input\":[\"hello\"]}");
    }

    @Test
    void aLongListIsSplitAndReassembledInInputOrder() {
        stubEmbeddings();
        List<String> texts = List.of("a", "bb", "ccc", "dddd", "eeeee");

        Exchange result = template.request("direct:batched", e -> e.getIn().setBody(texts));

        @SuppressWarnings("unchecked")
        List<List<Float>> vectors = result.getMessage().getBody(List.class);
        List<Float> lengths = new ArrayList<>();
        vectors.forEach(v -> lengths.add(v.get(0)));
        assertThat(lengths).containsExactly(1f, 2f, 3f, 4f, 5f);
        assertThat(result.getMessage().getHeader(MistralConstants.PROMPT_TOKENS)).isEqualTo(5);
        wireMock.verify(3, postRequestedFor(urlEqualTo("/v1/embeddings")));
        wireMock.findAll(postRequestedFor(urlEqualTo("/v1/embeddings"))).forEach(r -> assertThatJson(r.getBodyAsString())
                .isObject().containsEntry("model", "codestral-embed").containsEntry("output_dimension", 3)
                .containsEntry("output_dtype", "float"));
    }

    @Test
    void anEmptyListNeedsNoRequest() {
        assertThat(template.requestBody("direct:embed", List.of(), List.class)).isEmpty();
        assertNoRequestSent();
    }

    @Test
    void aNonStringElementIsNamed() {
        Exchange result = template.request("direct:embed", e -> e.getIn().setBody(List.of("a", 2)));

        assertThat(failureOf(result)).hasMessageContaining("expects a List<String>, but element 1 is java.lang.Integer");
        assertNoRequestSent();
    }

    @Test
    void aResponseWithTooFewVectorsIsAnError() {
        wireMock.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(okJson("""
                {"id":"e","object":"list","model":"mistral-embed","data":[{"object":"embedding","index":0,"embedding":[1.0]}]}
                """)));

        Exchange result = template.request("direct:embed", e -> e.getIn().setBody(List.of("a", "b")));

        assertThat(failureOf(result)).hasMessageContaining("the response has 1 vectors for 2 inputs");
    }
}
