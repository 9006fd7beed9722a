package io.github.camelmistral.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.MistralComponent;
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

    ComponentClient(String baseUrl, long burstLatencyMs) throws Exception {
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
