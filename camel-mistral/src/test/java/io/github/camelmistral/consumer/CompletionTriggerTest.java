package io.github.camelmistral.consumer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.embeddings.EmbeddingResponse;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class CompletionTriggerTest extends MistralTestSupport {

    private final CountDownLatch releaseSlowRoute = new CountDownLatch(1);
    private final CountDownLatch stoppingRouteBusy = new CountDownLatch(1);
    private final CountDownLatch releaseStoppingRoute = new CountDownLatch(1);

    @AfterEach
    void releaseSlowRoute() {
        releaseSlowRoute.countDown();
        releaseStoppingRoute.countDown();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").routeId("producing").to(mistral("chat"));
                from("direct:caller").routeId("caller").to("direct:chat");
                from("direct:chatOtherModel").to(mistral("chat", "model=mistral-large-latest"));
                from("direct:embed").routeId("embedding").to(mistral("embeddings"));

                from("mistral:chat?event=created").routeId("chatTrigger").to("mock:chatCreated");
                from("mistral:chat?event=created&model=mistral-large-latest").to("mock:largeOnly");
                from("mistral:embeddings?event=generated").to("mock:embeddings");
                from("mistral:fim?event=created&eventQueueSize=1").routeId("slowTrigger")
                        .process(exchange -> releaseSlowRoute.await(30, TimeUnit.SECONDS))
                        .to("mock:fimCreated");
                from("mistral:agent?event=created").routeId("failingTrigger")
                        .throwException(new IllegalStateException("trigger route broken"));
                from("direct:chatMedium").to(mistral("chat", "model=mistral-medium-latest"));
                from("mistral:chat?event=created&model=mistral-medium-latest").routeId("stoppingTrigger")
                        .process(exchange -> {
                            stoppingRouteBusy.countDown();
                            releaseStoppingRoute.await(30, TimeUnit.SECONDS);
                        })
                        .to("mock:mediumCreated");
                from("direct:fim").to(mistral("fim"));
                from("direct:agent").to(mistral("agent", "agentId=ag_1"));
            }
        };
    }

    @Test
    void chatCreatedCarriesResponseRequestSummaryModelUsageAndProducingRoute() throws Exception {
        stubChatReply("Bonjour");
        MockEndpoint created = getMockEndpoint("mock:chatCreated");
        created.expectedMessageCount(1);

        String reply = template.requestBody("direct:chat", "Say hello in French", String.class);

        assertThat(reply).isEqualTo("Bonjour");
        created.assertIsSatisfied();
        var message = created.getExchanges().get(0).getMessage();
        assertThat(message.getBody()).isInstanceOf(ChatCompletionResponse.class);
        assertThat(message.getHeaders())
                .containsEntry(MistralConstants.EVENT_TYPE, "chat_completion.created")
                .containsEntry(MistralConstants.EVENT_ID, "chat_completion.created:cmpl-1")
                .containsEntry(MistralConstants.REQUEST_SUMMARY, "Say hello in French")
                .containsEntry(MistralConstants.MODEL, "mistral-small-latest")
                .containsEntry(MistralConstants.RESPONSE_MODEL, "mistral-small-2506")
                .containsEntry(MistralConstants.TOTAL_TOKENS, 18)
                .containsEntry(MistralConstants.PRODUCER_ROUTE_ID, "producing");
    }

    @Test
    void theProducerRouteIsTheRouteThatMadeTheCallNotTheOneThatStartedTheExchange() throws Exception {
        stubChatReply("ok");
        MockEndpoint created = getMockEndpoint("mock:chatCreated");
        created.expectedMessageCount(1);

        template.requestBody("direct:caller", "Hi");

        created.assertIsSatisfied();
        assertThat(created.getExchanges().get(0).getMessage().getHeader(MistralConstants.PRODUCER_ROUTE_ID))
                .isEqualTo("producing");
    }

    @Test
    void theModelOptionFiltersCompletions() throws Exception {
        stubChatReply("ok");
        getMockEndpoint("mock:chatCreated").expectedMessageCount(2);
        getMockEndpoint("mock:largeOnly").expectedMessageCount(1);

        template.requestBody("direct:chat", "a");
        template.requestBody("direct:chatOtherModel", "b");

        getMockEndpoint("mock:chatCreated").assertIsSatisfied();
        getMockEndpoint("mock:largeOnly").assertIsSatisfied();
        assertThat(getMockEndpoint("mock:largeOnly").getExchanges().get(0).getMessage()
                .getHeader(MistralConstants.REQUEST_SUMMARY)).isEqualTo("b");
    }

    @Test
    void embeddingsGeneratedFires() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withTransformers("echo-embeddings")));
        getMockEndpoint("mock:embeddings").expectedMessageCount(1);

        template.requestBody("direct:embed", java.util.List.of("one", "two"));

        getMockEndpoint("mock:embeddings").assertIsSatisfied();
        var message = getMockEndpoint("mock:embeddings").getExchanges().get(0).getMessage();
        assertThat(message.getBody()).isInstanceOf(EmbeddingResponse.class);
        assertThat(message.getHeaders()).containsEntry(MistralConstants.EVENT_TYPE, "embeddings.generated")
                .containsEntry(MistralConstants.REQUEST_SUMMARY, "2 inputs, the first: one")
                .containsEntry(MistralConstants.PRODUCER_ROUTE_ID, "embedding");
    }

    @Test
    void aSlowTriggerRouteNeitherSlowsNorFailsTheProducerAndOverflowIsCounted() {
        wireMock.stubFor(post(urlEqualTo("/v1/fim/completions")).willReturn(okJson(chatCompletion("x"))));

        // the slow route holds one event, the queue one more; the rest overflow, and every call still returns
        for (int i = 0; i < 5; i++) {
            assertThat(template.requestBody("direct:fim", "def f():", String.class)).isEqualTo("x");
        }

        CompletionTriggerConsumer trigger = (CompletionTriggerConsumer) context.getRoute("slowTrigger").getConsumer();
        await().untilAsserted(() -> assertThat(trigger.getDroppedEvents()).isGreaterThanOrEqualTo(3));
        releaseSlowRoute.countDown();
        await().untilAsserted(() -> assertThat(getMockEndpoint("mock:fimCreated").getReceivedCounter())
                .isEqualTo(5 - (int) trigger.getDroppedEvents()));
    }

    @Test
    void aFailingTriggerRouteDoesNotFailTheProducingExchange() {
        wireMock.stubFor(post(urlEqualTo("/v1/agents/completions")).willReturn(okJson(chatCompletion("fine"))));

        assertThat(template.requestBody("direct:agent", "hi", String.class)).isEqualTo("fine");
    }

    @Test
    void anApiWithoutTriggerIsRefusedWithASpecificError() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:analyzeImage?event=created").to("mock:never");
            }
        })).hasStackTraceContaining("mistral:analyzeImage has no trigger");
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mistral:batchJob?event=finished").to("mock:never");
            }
        })).hasStackTraceContaining("needs the event option set to one of [created, succeeded, failed, cancelled, statusChanged]");
    }

    @Test
    void stoppingTheTriggerRouteFinishesTheEventInHandAndTheQueuedOnes() throws Exception {
        stubChatReply("ok");
        MockEndpoint created = getMockEndpoint("mock:mediumCreated");
        template.requestBody("direct:chatMedium", "first");
        template.requestBody("direct:chatMedium", "second");
        assertThat(stoppingRouteBusy.await(30, TimeUnit.SECONDS)).isTrue();

        CompletionTriggerConsumer trigger = (CompletionTriggerConsumer) context.getRoute("stoppingTrigger").getConsumer();
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("stoppingTrigger");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().until(() -> trigger.isStopping() || trigger.isStopped());
        releaseStoppingRoute.countDown();
        stopped.get(30, TimeUnit.SECONDS);

        // the exchange in hand was not interrupted, and the queued event was not left behind
        assertThat(created.getExchanges()).extracting(e -> e.getMessage().getHeader(MistralConstants.REQUEST_SUMMARY))
                .containsExactly("first", "second");
        assertThat(trigger.isStopped()).isTrue();
    }
}
