package io.github.camelmistral.example;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's example, run the way a newcomer runs it: no key, so against the embedded simulator. */
class ExampleApplicationTest {

    @Test
    void theDemoRunsEveryStepOnTheSimulator() throws Exception {
        DemoReport report = ExampleApplication.run(null);

        assertThat(report.failures()).isEmpty();
        Map<String, String> results = report.results();
        assertThat(results).containsKeys("chat", "streamedChat", "toolCall", "structuredOutput", "analyzeImage", "embeddings",
                "ocr", "fim", "apiRequest", "assistant", "batch");
        assertThat(results).containsKeys("batchResult 0", "batchResult 1", "batchResult 2");
        assertThat(results.get("batchResult 0")).isEqualTo("capital-fr -> HTTP 200");
        assertThat(results.get("ocr")).startsWith("1 page(s): ");
        assertThat(results.get("chat")).contains("tokens");
        assertThat(results.get("streamedChat")).startsWith("first bytes \"").endsWith("(HTTP 200)");
        assertThat(results.get("chatCreatedTrigger chat")).startsWith("route chat got a reply from mistral-small-latest for ");
        // the streamed call fires the trigger too, once its stream has ended, with its usage
        assertThat(results.get("chatCreatedTrigger stream-chat")).matches("route stream-chat got a reply from \\S+ for \\d+ tokens");
        assertThat(results.get("embeddings")).startsWith("3 vectors of").endsWith("equal texts, equal vectors: true");
        assertThat(results.get("apiRequest")).containsPattern("\\d+ models, the first is \\S+");
        // the model called the stock_level route, and its answer came after the result
        assertThat(results.get("toolCall"))
                .matches(".*\\S.* \\(tools called: 1, first stock_level -> \\S+: 42 units in the Lyon warehouse\\)");
        assertThat(results.get("structuredOutput")).startsWith("a CityFacts: city ");
        // library + document + agent + two conversation turns: start and append make four entries (two in, two out)
        assertThat(results.get("assistant"))
                .matches("agent camel-demo-support v\\d+ on handbook.md \\(\\w+\\), conversation \\S+ has 4 entries; first answer: .+");
    }
}
