package io.github.camelmistral.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.MistralComponent;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.stream.TextStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** camel-mistral with its default settings, called through direct: routes and a ProducerTemplate, as a user would. */
final class ComponentClient implements BenchClient {

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;

    ComponentClient(String baseUrl, Sizes sizes) throws Exception {
        long burstLatencyMs = sizes.burstLatencyMs();
        MistralComponent mistral = new MistralComponent();
        mistral.getConfiguration().setBaseUrl(baseUrl);
        mistral.getConfiguration().setApiKey("benchmark-key");
        context.addComponent("mistral", mistral);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("mistral:chat?model=" + BenchClient.modelWithLatency(0));
                from("direct:later").to("mistral:chat?model=" + BenchClient.modelWithLatency(burstLatencyMs));
                from("direct:stream").to("mistral:chat?model=stream&streaming=true").process(ComponentClient::readStream);
                from("direct:embed").to("mistral:embeddings");
                from("direct:tool").to("mistral:chat?model=" + BenchClient.modelWithLatency(0) + "&tools=get_weather");
                // a stream body must stay a stream: Camel's stream caching (on by default) would copy it to memory
                from("direct:upload").noStreamCaching()
                        .to("mistral:file?operation=upload&purpose=batch")
                        .setBody(header(MistralConstants.FILE_ID));
                from("direct:download").noStreamCaching()
                        .to("mistral:file?operation=download").process(ComponentClient::countBytes);
                from("direct:bigStream").to("mistral:chat?streaming=true&model=big-" + sizes.streamedReplyBytes())
                        .process(ComponentClient::countChars);
                from("mistral:tool?name=get_weather&description=Current weather of a city&parameter.city=string")
                        .setBody(constant("Sunny, 21 degrees"));
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    private static void readStream(Exchange exchange) {
        TextStream deltas = exchange.getMessage().getBody(TextStream.class);
        long lag = -1;
        while (deltas.hasNext()) {
            String delta = deltas.next();
            if (lag < 0) {
                long sentAt = StubServer.sentAtMicros(delta);
                lag = sentAt < 0 ? -1 : StubServer.nowMicros() - sentAt;
            }
        }
        exchange.getMessage().setBody(lag);
    }

    private static void countBytes(Exchange exchange) throws java.io.IOException {
        try (java.io.InputStream content = exchange.getMessage().getMandatoryBody(java.io.InputStream.class)) {
            exchange.getMessage().setBody(content.transferTo(java.io.OutputStream.nullOutputStream()));
        } catch (org.apache.camel.InvalidPayloadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void countChars(Exchange exchange) {
        TextStream deltas = exchange.getMessage().getBody(TextStream.class);
        long chars = 0;
        while (deltas.hasNext()) {
            chars += deltas.next().length();
        }
        exchange.getMessage().setBody(chars);
    }

    /** Uploads {@code content} (of a length the component is not told) and returns the file id. */
    String upload(java.io.InputStream content) {
        return template.requestBodyAndHeader("direct:upload", content, MistralConstants.FILE_NAME, "upload.jsonl",
                String.class);
    }

    /** Downloads the file and returns how many bytes the route read. */
    long download(String fileId) {
        return template.requestBodyAndHeader("direct:download", null, MistralConstants.FILE_ID, fileId, Long.class);
    }

    /** Reads a streamed reply of {@link Sizes#streamedReplyBytes()} and returns its length in chars. */
    long bigStream() {
        return template.requestBody("direct:bigStream", "Write a lot", Long.class);
    }

    @Override
    public String chat(String prompt) {
        return template.requestBody("direct:chat", prompt, String.class);
    }

    @Override
    public CompletableFuture<?> chatLater(String prompt) {
        return template.asyncRequestBody("direct:later", prompt);
    }

    @Override
    public long streamFirstDeltaLagMicros(String prompt) {
        return template.requestBody("direct:stream", prompt, Long.class);
    }

    @Override
    public int embed(List<String> texts) {
        return template.requestBody("direct:embed", texts, List.class).size();
    }

    /** One chat call that runs the tool loop once: a tool call, the tool route, the final answer. */
    String chatWithTool(String prompt) {
        return template.requestBody("direct:tool", prompt, String.class);
    }

    @Override
    public void close() throws Exception {
        template.close();
        context.close();
    }
}
