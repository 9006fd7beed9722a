package io.github.camelmistral.memory;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralTestSupport;
import io.github.camelmistral.api.MistralJson;
import org.apache.camel.BindToRegistry;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** CamelMistralMemoryId: earlier messages sent along, the system message once, trimming, a persistent repository. */
class ChatMemoryTest extends MistralTestSupport {

    @TempDir
    static File dir;

    @BindToRegistry("memoryFile")
    FileStateRepository memoryFile = FileStateRepository.fileStateRepository(new File(dir, "memory.dat"));

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to(mistral("chat", "systemMessage=Be brief."));
                from("direct:short").to(mistral("chat", "maxHistoryMessages=2"));
                from("direct:persistent").to(mistral("chat", "memoryRepository=#memoryFile"));
            }
        };
    }

    private static List<JsonNode> sentMessages() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (LoggedRequest request : wireMock.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))) {
            all.add(MistralJson.mapper().readTree(request.getBodyAsString()).path("messages"));
        }
        return all;
    }

    private void say(String route, String memoryId, String text) {
        template.request(route, e -> {
            e.getIn().setBody(text);
            e.getIn().setHeader(MistralConstants.MEMORY_ID, memoryId);
        });
    }

    @Test
    void theEarlierMessagesOfTheConversationAreSentAlongAndTheSystemMessageOnce() throws Exception {
        stubChatReply("Hello Ada.");

        say("direct:chat", "user-1", "My name is Ada.");
        say("direct:chat", "user-1", "What is my name?");
        say("direct:chat", "user-2", "Who am I?");

        List<JsonNode> sent = sentMessages();
        JsonNode second = sent.get(1);
        assertThat(second).extracting(m -> m.path("role").asText() + ":" + m.path("content").asText())
                .containsExactly("system:Be brief.", "user:My name is Ada.", "assistant:Hello Ada.",
                        "user:What is my name?");
        // another memory id is another conversation
        assertThat(sent.get(2)).hasSize(2);
    }

    @Test
    void onlyTheLastMaxHistoryMessagesAreKept() throws Exception {
        stubChatReply("ok");

        say("direct:short", "m", "one");
        say("direct:short", "m", "two");
        say("direct:short", "m", "three");

        JsonNode third = sentMessages().get(2);
        assertThat(third).extracting(m -> m.path("content").asText()).containsExactly("two", "ok", "three");
    }

    @Test
    void aStateRepositoryKeepsTheConversation() throws Exception {
        stubChatReply("Noted.");

        say("direct:persistent", "p-1", "Remember 42.");

        assertThat(memoryFile.getState("mistral:memory:p-1")).contains("Remember 42.").contains("Noted.");
        say("direct:persistent", "p-1", "What number?");
        assertThat(sentMessages().get(1)).hasSize(3);
    }
}
