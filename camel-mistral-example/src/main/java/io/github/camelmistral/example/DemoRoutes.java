package io.github.camelmistral.example;

import java.util.List;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The Java DSL half of the demo: one route runs the steps in order, each step is a route of its own. The YAML half
 * lives in {@code routes/demo.yaml}.
 */
public class DemoRoutes extends RouteBuilder {

    /**
     * The demo's steps, in order: each is a {@code direct:} route, in this class, in {@link AssistantRoutes} or in
     * routes/demo.yaml.
     */
    static final List<String> STEPS = List.of("chat", "streamedChat", "toolCall", "structuredOutput", "analyzeImage",
            "embeddings", "ocr", "fim", "listModels", "assistant", "batch");

    @Override
    public void configure() {
        from("timer:demo?repeatCount=1&delay=500").routeId("demo")
                .log("Running the camel-mistral demo")
                .setBody(constant(STEPS))
                .split(body())
                    .setProperty("step", body())
                    // a failing step is reported and the demo goes on with the next one
                    .doTry()
                        .toD("direct:${exchangeProperty.step}")
                    .doCatch(Exception.class)
                        .bean("demoReport", "fail(${exchangeProperty.step}, ${exception})")
                    .end()
                .end()
                .bean("demoReport", "finish");

        from("direct:chat").routeId("chat")
                .setBody(constant("In one sentence: why do integration engineers like Apache Camel?"))
                .to("mistral:chat?systemMessage=You are a concise assistant.&maxTokens=80")
                .setBody(simple("${body} (${header.CamelMistralTotalTokens} tokens, model ${header.CamelMistralResponseModel})"))
                .bean("demoReport", "record('chat', ${body})");

        from("direct:analyzeImage").routeId("analyze-image")
                .process(exchange -> exchange.getMessage().setBody(
                        ExampleResources.bytes("samples/red-square.png")))
                .setHeader(MistralConstants.PROMPT, constant("What colours and shapes do you see?"))
                .to("mistral:analyzeImage")
                .bean("demoReport", "record('analyzeImage', ${body})");

        from("direct:embeddings").routeId("embeddings")
                .setBody(constant(List.of("Camel routes messages.", "Mistral answers questions.", "Camel routes messages.")))
                .to("mistral:embeddings")
                .process(exchange -> {
                    List<?> vectors = exchange.getMessage().getBody(List.class);
                    exchange.getMessage().setBody(vectors.size() + " vectors of " + ((List<?>) vectors.get(0)).size()
                                                  + " dimensions; equal texts, equal vectors: "
                                                  + vectors.get(0).equals(vectors.get(2)));
                })
                .bean("demoReport", "record('embeddings', ${body})");

        from("direct:ocr").routeId("ocr")
                .process(exchange -> exchange.getMessage().setBody(ExampleResources.bytes("samples/invoice.pdf")))
                .to("mistral:ocr")
                .setBody(simple("${header.CamelMistralPagesProcessed} page(s): ${body}"))
                .bean("demoReport", "record('ocr', ${body})");

        // the demo watches its own POST /chat: the first words arrive before the story is complete
        from("direct:streamedChat").routeId("streamed-chat")
                .bean("chatClient", "firstWordsAndWhole")
                .bean("demoReport", "record('streamedChat', ${body})");

        // a batch job: upload a JSONL file of requests, create the job from it...
        from("direct:batch").routeId("batch")
                .setBody(constant(BATCH_REQUESTS))
                .to("mistral:file?operation=upload&purpose=batch&fileName=demo-batch.jsonl")
                .to("mistral:batchJob?operation=create&batchEndpoint=/v1/chat/completions&model=mistral-small-latest"
                    + "&metadata=source=camel-mistral-example")
                .setBody(simple("job ${header.CamelMistralJobId} is ${header.CamelMistralJobStatus}"))
                .bean("demoReport", "record('batch', ${body})");

        // ...and a trigger that fires when it succeeds, with its results streamed line by line
        from("mistral:batchJob?event=succeeded&includeResults=true&delay=1000&initialDelay=0")
                .routeId("batch-succeeded")
                .split(header(MistralConstants.BATCH_RESULTS)).streaming()
                    .setBody(simple("${body.customId} -> HTTP ${body.statusCode}"))
                    .setHeader("step", simple("batchResult ${exchangeProperty.CamelSplitIndex}"))
                    .bean("demoReport", "record(${header.step}, ${body})")
                .end()
                .bean("demoReport", "batchFinished");
    }

    /** Three chat requests in the batch JSONL format: one {@code {custom_id, body}} object per line. */
    private static final String BATCH_REQUESTS = """
            {"custom_id":"capital-fr","body":{"messages":[{"role":"user","content":"Capital of France?"}]}}
            {"custom_id":"capital-it","body":{"messages":[{"role":"user","content":"Capital of Italy?"}]}}
            {"custom_id":"capital-es","body":{"messages":[{"role":"user","content":"Capital of Spain?"}]}}
            """;
}
