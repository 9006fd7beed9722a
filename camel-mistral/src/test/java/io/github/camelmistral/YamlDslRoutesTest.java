package io.github.camelmistral;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The actions as YAML DSL route authors (and Kamelets) write them, with the key from a property placeholder. */
class YamlDslRoutesTest extends MistralTestSupport {

    @Override
    protected void doPostSetup() throws Exception {
        String yaml = """
                - route:
                    from:
                      uri: direct:chat
                      steps:
                        - to:
                            uri: mistral:chat
                            parameters:
                              baseUrl: "{{mistral.url}}"
                              apiKey: "{{mistral.key}}"
                              model: mistral-large-latest
                              temperature: 0.1
                              systemMessage: Answer in French.
                - route:
                    from:
                      uri: direct:image
                      steps:
                        - to: "mistral:analyzeImage?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&prompt=What is it?"
                - route:
                    from:
                      uri: direct:embeddings
                      steps:
                        - to: "mistral:embeddings?baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    from:
                      uri: direct:fim
                      steps:
                        - setHeader:
                            name: CamelMistralSuffix
                            constant:
                              expression: "    return result"
                              trim: false
                        - to: "mistral:fim?baseUrl={{mistral.url}}&apiKey={{mistral.key}}"
                - route:
                    from:
                      uri: direct:agent
                      steps:
                        - to: "mistral:agent?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&agentId=ag_yaml"
                - route:
                    from:
                      uri: direct:models
                      steps:
                        - to: "mistral:apiRequest?baseUrl={{mistral.url}}&apiKey={{mistral.key}}&path=/v1/models"
                        - setBody:
                            simple: "${body[data][0][id]}"
                """;
        loadYamlRoutes("mistral-routes.yaml", yaml);
    }

    @Test
    void chat() {
        stubChatReply("Bonjour");

        assertThat(template.requestBody("direct:chat", "Hello", String.class)).isEqualTo("Bonjour");
        assertThatJson(onlyRequest().getBodyAsString()).isEqualTo("""
                {"model":"mistral-large-latest","temperature":0.1,
                 "messages":[{"role":"system","content":"Answer in French."},{"role":"user","content":"Hello"}]}
                """);
    }

    @Test
    void analyzeImage() {
        stubChatReply("A cat.");

        assertThat(template.requestBody("direct:image", "https://example.com/cat.png", String.class)).isEqualTo("A cat.");
        assertThatJson(onlyRequest().getBodyAsString()).node("messages[0].content[0].text").isEqualTo("What is it?");
    }

    @Test
    void embeddings() {
        wireMock.stubFor(post(urlEqualTo("/v1/embeddings"))
                .willReturn(okJson("{}").withTransformers(EchoEmbeddingsTransformer.NAME)));

        List<?> vectors = template.requestBody("direct:embeddings", List.of("one", "three"), List.class);

        assertThat(vectors).hasSize(2);
        assertThat(((List<?>) vectors.get(1)).get(0)).isEqualTo(5.0f);
    }

    @Test
    void fim() {
        wireMock.stubFor(post(urlEqualTo("/v1/fim/completions")).willReturn(okJson(chatCompletion("x = 1"))));

        assertThat(template.requestBody("direct:fim", "def f():", String.class)).isEqualTo("x = 1");
        assertThatJson(onlyRequest().getBodyAsString()).node("suffix").isEqualTo("    return result");
    }

    @Test
    void agent() {
        wireMock.stubFor(post(urlEqualTo("/v1/agents/completions")).willReturn(okJson(chatCompletion("done"))));

        assertThat(template.requestBody("direct:agent", "Do it", String.class)).isEqualTo("done");
        assertThatJson(onlyRequest().getBodyAsString()).node("agent_id").isEqualTo("ag_yaml");
    }

    @Test
    void apiRequest() {
        wireMock.stubFor(get(urlEqualTo("/v1/models")).willReturn(okJson("""
                {"object":"list","data":[{"id":"mistral-small-latest","object":"model","type":"base"}]}""")));

        assertThat(template.requestBody("direct:models", null, String.class)).isEqualTo("mistral-small-latest");
    }
}
