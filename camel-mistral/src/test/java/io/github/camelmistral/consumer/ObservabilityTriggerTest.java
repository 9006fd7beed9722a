package io.github.camelmistral.consumer;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.OfficialSpec;
import io.github.camelmistral.api.observability.ChatCompletionEventPreview;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code mistral:chat?event=created&source=observability} against stubbed pages of the chat completion event search:
 * each stub answers one {@code cursor}, so a test lays out the feed page by page.
 */
class ObservabilityTriggerTest extends TriggerTestSupport {

    private static final String SEARCH = "/v1/observability/chat-completion-events/search";

    @TempDir
    Path dir;

    private final MemoryStateRepository inspectedState = new MemoryStateRepository();
    /** Ids whose exchange fails the first time it is delivered. */
    private final Set<String> failOnce = new HashSet<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("inspectedState", inspectedState);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("chat", "event=created&source=observability&pageSize=2&stateRepository=#inspectedState"))
                        .routeId("org").process(ObservabilityTriggerTest.this::failFirstDeliveryOfMarked).to("mock:org");
                from(trigger("chat", "event=created&source=observability&startFrom=beginning&model=mistral-large-latest"))
                        .routeId("backlog").to("mock:backlog");
            }
        };
    }

    private void failFirstDeliveryOfMarked(Exchange exchange) {
        String id = exchange.getMessage().getBody(ChatCompletionEventPreview.class).eventId();
        if (failOnce.remove(id)) {
            throw new IllegalStateException("the route failed on " + id);
        }
    }

    @AfterEach
    void everySearchConformsToTheOfficialSpec() {
        OfficialSpec.contract().ifPresent(contract -> wireMock.getAllServeEvents().forEach(event -> assertThat(
                OfficialSpec.violations(contract, event.getRequest())).as(event.getRequest().getBodyAsString()).isEmpty()));
    }

    private static String event(String id, String createdAt) {
        return "{\"event_id\":\"" + id + "\",\"correlation_id\":\"corr-" + id + "\",\"created_at\":\"" + createdAt
               + "\",\"extra_fields\":{\"model\":\"mistral-large-2411\"},\"nb_input_tokens\":12,\"nb_output_tokens\":30,"
               + "\"enabled_tools\":[],\"a_field_added_later\":true}";
    }

    private static String answer(String nextCursor, String... events) {
        return "{\"completion_events\":{\"results\":[" + String.join(",", events) + "],\"next\":null,\"cursor\":"
               + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}}";
    }

    /** The search as asked with {@code cursor} (null: without a cursor, the start of the feed). */
    private static MappingBuilder search(String cursor) {
        return post(urlPathEqualTo(SEARCH)).withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor));
    }

    /** Serves the page {@code cursor} reads: {@code events}, and {@code nextCursor} as the answer's cursor. */
    private static void page(String cursor, String nextCursor, String... events) {
        wireMock.stubFor(search(cursor).willReturn(okJson(answer(nextCursor, events))));
    }

    private static RequestPatternBuilder searched(String cursor) {
        return postRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor));
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getExchanges().stream()
                .map(exchange -> exchange.getMessage().getBody(ChatCompletionEventPreview.class).eventId()).toList();
    }

    private MockEndpoint org() {
        return getMockEndpoint("mock:org");
    }

    @Test
    void primesSilentlyThenFollowsTheCursorPageByPage() {
        page(null, "c1", event("e1", "2026-01-01T10:00:00Z"), event("e2", "2026-01-01T10:00:01Z"));
        page("c1", null, event("e3", "2026-01-01T10:00:02Z"));
        poll("org");
        assertThat(org().getExchanges()).isEmpty();
        assertThat(TriggerState.stateJson(inspectedState.getState("mistral:chat:created"))).isEqualTo("{\"cursor\":\"c1\",\"seen\":[\"e3\"],"
                                                                  + "\"newest\":\"2026-01-01T10:00:02Z\"}");

        // the last page fills up and the feed goes on
        page("c1", "c2", event("e3", "2026-01-01T10:00:02Z"), event("e4", "2026-01-01T10:00:03Z"));
        page("c2", null, event("e5", "2026-01-01T10:00:04Z"));
        poll("org");
        poll("org");

        assertThat(ids(org())).containsExactly("e4", "e5");
        assertThat(org().getExchanges().get(0).getMessage().getHeaders())
                .containsEntry(MistralConstants.EVENT_TYPE, "chat_completion.created")
                .containsEntry(MistralConstants.EVENT_ID, "chat_completion.created:e4")
                .containsEntry(MistralConstants.MODEL, "mistral-large-2411")
                .containsEntry(MistralConstants.PROMPT_TOKENS, 12)
                .containsEntry(MistralConstants.COMPLETION_TOKENS, 30)
                .containsEntry(MistralConstants.TOTAL_TOKENS, 42)
                .containsEntry(MistralConstants.REQUEST_ID, "corr-e4");
        wireMock.verify(2, searched("c1").withQueryParam("page_size", equalTo("2"))
                .withRequestBody(equalToJson("{\"search_params\":{\"filters\":null}}", false, false)));
        wireMock.verify(2, searched("c2"));
    }

    @Test
    void backlogIsEmittedOnceAndTheModelFilterIsSentInTheSearchBody() {
        page(null, "c1", event("e1", "2026-01-01T10:00:00Z"), event("e2", "2026-01-01T10:00:01Z"));
        page("c1", "c1");
        poll("backlog");
        poll("backlog");

        assertThat(ids(getMockEndpoint("mock:backlog"))).containsExactly("e1", "e2");
        wireMock.verify(searched(null).withQueryParam("page_size", equalTo("100")).withRequestBody(equalToJson(
                "{\"search_params\":{\"filters\":{\"field\":\"model\",\"op\":\"eq\",\"value\":\"mistral-large-latest\"}}}",
                false, false)));
    }

    @Test
    void eventsOfAPageAreOrderedByTheirInstantNotByTheTextOfTheirTime() {
        // as text: "10:00:00.5Z" < "10:00:00Z" and "11:00:00+02:00" > "10:00:00Z"; as instants the reverse
        page(null, null, event("late", "2026-01-01T10:00:00.5Z"), event("early", "2026-01-01T10:00:00Z"),
                event("earliest", "2026-01-01T11:00:00+02:00"));
        poll("backlog");

        assertThat(ids(getMockEndpoint("mock:backlog"))).containsExactly("earliest", "early", "late");
    }

    @Test
    void aPageThatGrowsBetweenPollsReportsOnlyItsNewEvents() {
        // one cursor, answered differently at each poll: the end of the feed, read again
        wireMock.stubFor(search(null).inScenario("feed").whenScenarioStateIs(STARTED)
                .willReturn(okJson(answer(null, event("e1", "2026-01-01T10:00:00Z")))).willSetStateTo("grown"));
        wireMock.stubFor(search(null).inScenario("feed").whenScenarioStateIs("grown")
                .willReturn(okJson(answer(null, event("e1", "2026-01-01T10:00:00Z"), event("e2", "2026-01-01T10:00:05Z"))))
                .willSetStateTo("unchanged"));
        wireMock.stubFor(search(null).inScenario("feed").whenScenarioStateIs("unchanged")
                .willReturn(okJson(answer(null, event("e1", "2026-01-01T10:00:00Z"), event("e2", "2026-01-01T10:00:05Z")))));
        poll("org");
        poll("org");
        poll("org");

        assertThat(ids(org())).containsExactly("e2");
    }

    @Test
    void aFailedExchangeIsDeliveredAgainOnTheNextPollAndTheCursorWaitsBehindIt() {
        page(null, "c1", event("e1", "2026-01-01T10:00:00Z"));
        page("c1", null);
        poll("org");
        page("c1", "c2", event("e2", "2026-01-01T10:00:01Z"), event("e3", "2026-01-01T10:00:02Z"));
        page("c2", null, event("e4", "2026-01-01T10:00:03Z"));
        failOnce.add("e3");

        poll("org");
        // e4 does not wait for e3 (another completion), but the cursor stays on c1 until e3 is recorded
        assertThat(ids(org())).containsExactly("e2", "e4");
        assertThat(TriggerState.stateJson(inspectedState.getState("mistral:chat:created")))
                .isEqualTo("{\"cursor\":\"c1\",\"seen\":[\"e2\",\"e4\"],\"newest\":\"2026-01-01T10:00:03Z\"}");
        poll("org");
        poll("org");
        assertThat(ids(org())).containsExactly("e2", "e4", "e3");
        assertThat(TriggerState.stateJson(inspectedState.getState("mistral:chat:created"))).isEqualTo("{\"cursor\":\"c2\",\"seen\":[\"e4\"],"
                                                                  + "\"newest\":\"2026-01-01T10:00:03Z\"}");
    }

    @Test
    void anApiErrorFailsThePollAndKeepsTheState() {
        page(null, "c1", event("e1", "2026-01-01T10:00:00Z"));
        page("c1", null);
        poll("org");
        String primed = inspectedState.getState("mistral:chat:created");
        wireMock.stubFor(search("c1").willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":{\"message\":\"cursor expired\"}}")));

        poll("org");
        assertThat(org().getExchanges()).isEmpty();
        assertThat(inspectedState.getState("mistral:chat:created")).isEqualTo(primed);

        page("c1", null, event("e2", "2026-01-01T10:00:01Z"));
        poll("org");
        assertThat(ids(org())).containsExactly("e2");
    }

    @Test
    void aCursorRefusedInThreePollsInARowIsTakenAsExpiredAndTheFeedIsReadAgainSkippingWhatWasRecorded() {
        page(null, "c1", event("e1", "2026-01-01T10:00:00Z"));
        page("c1", null, event("e2", "2026-01-01T10:00:01Z"));
        poll("org"); // primes: on c1, newest recorded 10:00:01
        wireMock.stubFor(search("c1").willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":{\"message\":\"cursor expired\"}}")));
        page(null, "c9", event("e1", "2026-01-01T10:00:00Z"), event("e2", "2026-01-01T10:00:01Z"),
                event("e3", "2026-01-01T10:00:05Z"));
        page("c9", null);

        poll("org");
        poll("org");
        assertThat(consumer(context, "org").getErrorCounter()).isEqualTo(2);
        assertThat(org().getExchanges()).isEmpty();
        poll("org"); // the third refusal: back to the start of the feed
        poll("org");

        assertThat(ids(org())).containsExactly("e3");
        assertThat(consumer(context, "org").getErrorCounter()).isZero();
        assertThat(TriggerState.stateJson(inspectedState.getState("mistral:chat:created")))
                .startsWith("{\"cursor\":\"c9\"");
    }

    @Test
    void aRestartWithAFileStateRepositoryGoesOnFromTheStoredCursor() throws Exception {
        File stateFile = dir.resolve("mistral-triggers.dat").toFile();
        List<String> delivered = new ArrayList<>();
        page(null, "c1", event("e1", "2026-01-01T10:00:00Z"));
        page("c1", null, event("e2", "2026-01-01T10:00:01Z"));
        CamelContext first = node(stateFile, delivered);
        poll(first, "org");
        first.stop();

        // while the application is down, the organization goes on chatting
        page("c1", "c2", event("e2", "2026-01-01T10:00:01Z"), event("e3", "2026-01-01T10:00:02Z"));
        page("c2", null, event("e4", "2026-01-01T10:00:03Z"));
        wireMock.resetRequests();
        CamelContext second = node(stateFile, delivered);
        poll(second, "org");
        second.stop();

        assertThat(delivered).containsExactly("chat_completion.created:e3", "chat_completion.created:e4");
        wireMock.verify(0, searched(null));
    }

    private static CamelContext node(File stateFile, List<String> delivered) throws Exception {
        CamelContext node = new DefaultCamelContext();
        node.getRegistry().bind("triggerState", FileStateRepository.fileStateRepository(stateFile));
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("chat", "event=created&source=observability&stateRepository=#triggerState")).routeId("org")
                        .process(exchange -> delivered.add(exchange.getMessage().getHeader(MistralConstants.EVENT_ID, String.class)));
            }
        });
        node.start();
        return node;
    }

    @Test
    void sourceMeansObservabilityOnlyOnTheChatTrigger() throws Exception {
        assertStartFails("file", "event=uploaded&source=observability",
                "source=observability exists for the chat trigger only");
        assertStartFails("chat", "event=created&source=upload",
                "source is observability (the completions of the whole organization) or not set");
    }

    private static void assertStartFails(String api, String options, String message) throws Exception {
        try (CamelContext node = new DefaultCamelContext()) {
            node.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(trigger(api, options)).to("mock:never");
                }
            });
            assertThatThrownBy(node::start).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(message);
        }
    }
}
