package io.github.camelmistral.consumer;

import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A deleted file says whether it had expired: API-NOTES.md asks to report expired files as such. */
class FileExpiryTriggerTest extends TriggerTestSupport {

    /** Far beyond any test run, so the file cannot have expired. */
    private static final long YEAR_2100 = 4_102_444_800L;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(trigger("file", "event=deleted")).routeId("fileDeleted").to("mock:fileDeleted");
            }
        };
    }

    private static String file(String id, Long expiresAt) {
        return "{\"id\":\"" + id + "\",\"object\":\"file\",\"bytes\":10,\"created_at\":" + T0 + ",\"filename\":\"" + id
               + ".jsonl\",\"purpose\":\"batch\",\"source\":\"upload\""
               + (expiresAt == null ? "" : ",\"expires_at\":" + expiresAt) + "}";
    }

    private static void list(String... files) {
        wireMock.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("{\"object\":\"list\",\"total\":"
                                                                            + files.length + ",\"data\":[" + String.join(",", files) + "]}")));
    }

    private static void gone(String... ids) {
        for (String id : ids) {
            wireMock.stubFor(get(urlPathEqualTo("/v1/files/" + id)).willReturn(aResponse().withStatus(404)
                    .withBody("{\"message\":\"not found\"}")));
        }
    }

    @Test
    void aDeletedFileLastSeenPastItsExpiryIsReportedAsExpired() {
        // "late" is first listed without expires_at, then with one: the later complete scan is what counts
        list(file("expired", T0 + 60), file("kept", YEAR_2100), file("forever", null), file("late", null));
        poll("fileDeleted");
        list(file("expired", T0 + 60), file("kept", YEAR_2100), file("forever", null), file("late", T0 + 120));
        poll("fileDeleted");
        list();
        gone("expired", "kept", "forever", "late");
        poll("fileDeleted");

        MockEndpoint deleted = getMockEndpoint("mock:fileDeleted");
        Map<Object, Object> expiredById = deleted.getExchanges().stream().collect(Collectors.toMap(
                e -> e.getMessage().getHeader(MistralConstants.FILE_ID),
                e -> e.getMessage().getHeader(MistralConstants.FILE_EXPIRED)));
        assertThat(expiredById).containsExactlyInAnyOrderEntriesOf(
                Map.of("expired", true, "kept", false, "forever", false, "late", true));
        assertThat(deleted.getExchanges()).allSatisfy(e -> assertThat(
                e.getMessage().getHeader(MistralConstants.EVENT_TYPE)).isEqualTo("file.deleted"));
    }
}
