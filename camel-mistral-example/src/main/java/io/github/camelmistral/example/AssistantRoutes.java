package io.github.camelmistral.example;

import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The demo's inference and platform steps: a Camel route the model calls as a tool, a reply parsed into a record, and
 * a small assistant built on Mistral's agent platform (a document library, an agent that searches it, a two-turn
 * conversation with that agent, then everything it created is deleted again).
 */
public class AssistantRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // a tool: any route can be one; the model's arguments arrive as a Map body, the body when done is the result
        from("mistral:tool?name=stock_level&description=How many units of a product are in stock&parameter.sku=string")
                .routeId("stock-level-tool")
                .setBody(simple("${body[sku]}: 42 units in the Lyon warehouse"));

        from("direct:toolCall").routeId("tool-call")
                .setBody(constant("Use stock_level to tell me how many RM-1 red mugs we have."))
                .to("mistral:chat?tools=stock_level&maxTokens=120")
                .setBody(simple("${body} (tools called: ${header.CamelMistralToolCalls.size()}, first "
                                + "${header.CamelMistralToolCalls[0].name()} -> ${header.CamelMistralToolCalls[0].result()})"))
                .bean("demoReport", "record('toolCall', ${body})");

        from("direct:structuredOutput").routeId("structured-output")
                .setBody(constant("Give me the key facts about Lyon."))
                .to("mistral:chat?outputClass=io.github.camelmistral.example.CityFacts")
                .process(exchange -> {
                    CityFacts facts = exchange.getMessage().getBody(CityFacts.class);
                    exchange.getMessage().setBody("a " + facts.getClass().getSimpleName() + ": city " + facts.city()
                                                  + ", country " + facts.country() + ", population " + facts.population());
                })
                .bean("demoReport", "record('structuredOutput', ${body})");

        from("direct:assistant").routeId("assistant")
                // 1. a library holding the team handbook
                .setBody(constant(Map.of("name", "Camel demo handbook",
                        "description", "What the support team needs to know")))
                .to("mistral:library?operation=create")
                .process(exchange -> exchange.getMessage().setBody(ExampleResources.bytes("samples/handbook.md")))
                .to("mistral:libraryDocument?operation=upload&fileName=handbook.md")
                .setProperty("document", simple("${body.name()} (${body.processStatus()})"))
                // 2. an agent that searches it (its id comes back in CamelMistralAgentId)
                .process(exchange -> exchange.getMessage().setBody(Map.of(
                        "model", "mistral-small-latest",
                        "name", "camel-demo-support",
                        "instructions", "Answer from the handbook, briefly.",
                        "tools", List.of(Map.of("type", "document_library", "library_ids",
                                List.of(exchange.getMessage().getHeader(MistralConstants.LIBRARY_ID, String.class)))))))
                .to("mistral:agent?operation=create")
                .setProperty("agent", simple("${body.name()} v${body.version()}"))
                // 3. two turns with the agent: the first starts a conversation, the second appends to it
                .setBody(constant("When does the support desk open?"))
                .to("mistral:conversation")
                .setProperty("firstAnswer", body())
                .setBody(constant("And who do I call after hours?"))
                .to("mistral:conversation")
                .setProperty("secondAnswer", body())
                .to("mistral:conversation?operation=history")
                .setBody(simple("agent ${exchangeProperty.agent} on ${exchangeProperty.document}, conversation "
                                + "${header.CamelMistralConversationId} has ${body.size()} entries; first answer: "
                                + "${exchangeProperty.firstAnswer}"))
                .bean("demoReport", "record('assistant', ${body})")
                // 4. clean up: on the real API these would otherwise stay in the workspace
                .to("mistral:conversation?operation=delete")
                .to("mistral:agent?operation=delete")
                .to("mistral:library?operation=delete");
    }
}
