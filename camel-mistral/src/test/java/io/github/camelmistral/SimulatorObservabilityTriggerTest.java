package io.github.camelmistral;

import io.github.camelmistral.api.observability.ChatCompletionEventPreview;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observability trigger end to end: a chat completion made through {@code mistral:chat} against the simulator
 * (strict when the build has the spec) comes back as a {@code created} event from the simulator's event search. Kept
 * apart from {@link SimulatorRoundTripTest} so that its polling does not see that class's chats.
 */
class SimulatorObservabilityTriggerTest extends CamelTestSupport {

    private static final String KEY = "sk-simulated";

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY);

    private static String mistral(String api, String options) {
        return "mistral:" + api + "?baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY + "&" + options;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(mistral("chat", "event=created&eventSource=observability&delay=50&initialDelay=0&startFrom=beginning"))
                        .to("mock:completions");
            }
        };
    }

    @Test
    void reportsAChatCompletionMadeThroughTheComponent() throws Exception {
        MockEndpoint completions = getMockEndpoint("mock:completions");
        completions.expectedMessageCount(1);

        Exchange chat = template.request(mistral("chat", "model=mistral-small-latest"),
                e -> e.getIn().setBody("Who wrote Dubliners?"));

        assertThat(chat.getException()).isNull();
        completions.assertIsSatisfied(10_000);
        Message event = completions.getExchanges().get(0).getMessage();
        Message answer = chat.getMessage();
        assertThat(event.getBody()).isInstanceOf(ChatCompletionEventPreview.class);
        assertThat(event.getHeader(MistralConstants.MODEL)).isEqualTo("mistral-small-latest");
        assertThat(event.getHeader(MistralConstants.REQUEST_ID)).isNotNull()
                .isEqualTo(answer.getHeader(MistralConstants.REQUEST_ID));
        assertThat(event.getHeader(MistralConstants.PROMPT_TOKENS))
                .isEqualTo(answer.getHeader(MistralConstants.PROMPT_TOKENS));
        assertThat(event.getHeader(MistralConstants.COMPLETION_TOKENS))
                .isEqualTo(answer.getHeader(MistralConstants.COMPLETION_TOKENS));
    }
}
