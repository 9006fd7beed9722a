package io.github.camelmistral;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelmistral.api.agents.Agent;
import io.github.camelmistral.api.agents.AgentAlias;
import io.github.camelmistral.api.audio.Voice;
import io.github.camelmistral.api.batch.BatchJob;
import io.github.camelmistral.api.batch.BatchResult;
import io.github.camelmistral.api.conversations.Conversation;
import io.github.camelmistral.api.conversations.ConversationEntry;
import io.github.camelmistral.api.files.MistralFile;
import io.github.camelmistral.api.libraries.DocumentStatus;
import io.github.camelmistral.api.libraries.Library;
import io.github.camelmistral.api.libraries.LibraryDocument;
import io.github.camelmistral.api.models.ModelCard;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import io.github.camelmistral.simulator.SimulatorClock;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every action once against the stateful simulator, which in strict mode (when the build has the official spec)
 * answers 422 to any request body the spec does not allow: the component's requests are checked by the same rules as
 * the real API's, multipart uploads included, and state flows from one call to the next as it does there.
 */
class SimulatorRoundTripTest extends CamelTestSupport {

    private static final String KEY = "sk-simulated";

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY)
            .clock(SimulatorClock.fixed(Instant.parse("2026-11-28T10:00:00Z")));

    private static String mistral(String api, String options) {
        return "mistral:" + api + "?baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").toD("${header.uri}");
                // a download is a stream closed when its exchange completes: read it within the route
                from("direct:download").toD("${header.uri}").convertBodyTo(byte[].class);
                // a streamed reply is read within the route too
                from("direct:stream").toD("${header.uri}").convertBodyTo(String.class);
                // two turns of one conversation: the second appends, as the first set CamelMistralConversationId
                from("direct:twoTurns").to(mistral("conversation", "instructions=Be brief.&temperature=0.2"))
                        .setBody(constant("And a second question")).to(mistral("conversation", ""));
                from(mistral("tool", "name=get_weather&description=Current weather of a city&parameter.city=string"))
                        .setBody(simple("Sunny and 21 degrees in ${body[city]}"));
                from(mistral("batchJob", "event=succeeded&includeResults=true&delay=50&initialDelay=0"))
                        .split(header(MistralConstants.BATCH_RESULTS)).streaming()
                        .to("mock:batchResults");
            }
        };
    }

    private Exchange call(String uri, Object body) {
        return call("direct:call", uri, body);
    }

    private Exchange call(String route, String uri, Object body) {
        Exchange result = template.request(route, e -> {
            e.getIn().setHeader("uri", uri);
            e.getIn().setBody(body);
        });
        assertThat(result.getException()).as("%s failed", uri).isNull();
        return result;
    }

    @Test
    void streamedChatFimAndAgentReplies() {
        assertThat(call("direct:stream", mistral("chat", "streaming=true"), "Tell me a story")
                .getMessage().getBody(String.class)).contains("simulator");
        assertThat(call("direct:stream", mistral("fim", "streaming=true&suffix=return a"), "def f(a):")
                .getMessage().getBody(String.class)).isNotBlank();
        assertThat(sim.requests().to("POST", "/v1/chat/completions").get(0).bodyAsString()).contains("\"stream\":true");
        byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(call("direct:stream", mistral("transcription", "streaming=true&language=en&fileName=hello.wav"), wav)
                .getMessage().getBody(String.class)).isNotBlank();
        assertThat(sim.requests().to("POST", "/v1/audio/transcriptions").get(0).multipart().text("stream"))
                .hasValue("true");
    }

    @Test
    void aToolLoopRunsTheToolRouteTheSimulatorAsksFor() {
        Exchange result = call(mistral("chat", "tools=get_weather"), "Use get_weather for Paris, please");

        // the simulator calls the tool the user names, then answers with the tool's result
        assertThat(result.getMessage().getBody(String.class)).contains("Sunny and 21 degrees in");
        assertThat(result.getMessage().getHeader(MistralConstants.TOOL_CALLS, List.class)).hasSize(1);
        assertThat(sim.requests().to("POST", "/v1/chat/completions")).hasSize(2);
    }

    @Test
    void inferenceActions() {
        assertThat(call(mistral("chat", "temperature=0.3&maxTokens=40&systemMessage=Be brief.&responseFormat=json_object"),
                "Answer in JSON: hello").getMessage().getBody(String.class)).contains("simulator");
        assertThat(call(mistral("analyzeImage", "prompt=What is it?"), TestImages.PNG).getMessage().getBody(String.class))
                .contains("image/png");
        assertThat(call(mistral("embeddings", "embeddingsBatchSize=2"), List.of("a", "b", "a")).getMessage()
                .getBody(List.class)).hasSize(3);
        assertThat(call(mistral("fim", "suffix=return x&maxTokens=10"), "def f(x):").getMessage().getBody(String.class))
                .isNotBlank();
        assertThat(call(mistral("agent", "agentId=ag_0123456789"), "Hi").getMessage().getBody(String.class)).isNotBlank();
        assertThat(call(mistral("ocr", "pages=0&tableFormat=html"), TestImages.PNG).getMessage().getBody(String.class))
                .isNotBlank();
        assertThat(call(mistral("moderation", ""), List.of("hello", "world")).getMessage()
                .getHeader(MistralConstants.FLAGGED)).isNotNull();
        assertThat(call(mistral("classification", "model=ft:classifier:ministral-3b-latest:abc123:20260101:deadbeef"),
                "great product").getMessage().getBody()).isNotNull();
        assertThat(call(mistral("apiRequest", "path=/v1/models"), null).getMessage().getBody(Map.class))
                .containsKey("data");
    }

    @Test
    void filesBatchJobsAndTheirTrigger() throws Exception {
        byte[] jsonl = ("{\"custom_id\":\"a\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}}\n"
                        + "{\"custom_id\":\"b\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"Bye\"}]}}\n")
                .getBytes(StandardCharsets.UTF_8);
        MistralFile uploaded = call(mistral("file", "operation=upload&purpose=batch&fileName=requests.jsonl"), jsonl)
                .getMessage().getBody(MistralFile.class);
        assertThat(call("direct:download", mistral("file", "operation=download&fileId=" + uploaded.id()), null).getMessage()
                .getBody(byte[].class)).isEqualTo(jsonl);
        assertThat(call(mistral("file", "operation=list&purpose=batch"), null).getMessage().getBody(List.class))
                .hasSize(1);

        MockEndpoint results = getMockEndpoint("mock:batchResults");
        results.expectedMessageCount(2);
        BatchJob job = call(mistral("batchJob", "operation=create&model=mistral-small-latest&fileId=" + uploaded.id()),
                null).getMessage().getBody(BatchJob.class);
        assertThat(job.status()).isEqualTo("QUEUED");

        sim.clock().advance(Duration.ofMinutes(1));
        results.assertIsSatisfied(10_000);
        assertThat(results.getExchanges()).extracting(e -> e.getMessage().getBody(BatchResult.class).customId())
                .containsExactly("a", "b");
        await().untilAsserted(() -> assertThat(call(mistral("batchJob", "operation=get&jobId=" + job.id()), null)
                .getMessage().getBody(BatchJob.class).status()).isEqualTo("SUCCESS"));
    }

    @Test
    void transcriptionUploadsTheAudioAsMultipart() {
        byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);

        Exchange result = call(mistral("transcription", "language=en&fileName=hello.wav"), wav);

        assertThat(result.getMessage().getBody(String.class)).isNotBlank();
        // the class's batch trigger polls meanwhile: look at the transcription request, not at whichever came last
        assertThat(sim.requests().to("POST", "/v1/audio/transcriptions")).singleElement()
                .satisfies(request -> assertThat(request.multipart()).isNotNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void conversationsKeepTheirEntriesAndCanBeRestarted() {
        Exchange turns = call("direct:twoTurns", "unused", "A first question");
        String conversationId = turns.getMessage().getHeader(MistralConstants.CONVERSATION_ID, String.class);
        assertThat(conversationId).startsWith("conv_");
        assertThat(turns.getMessage().getBody(String.class)).isNotBlank();
        assertThat(turns.getMessage().getHeader(MistralConstants.TOTAL_TOKENS, Integer.class)).isPositive();
        assertThat(sim.requests().to("POST", "/v1/conversations/" + conversationId)).hasSize(1);

        String byId = "conversationId=" + conversationId;
        List<ConversationEntry> history = call(mistral("conversation", "operation=history&" + byId), null).getMessage()
                .getBody(List.class);
        assertThat(history).extracting(ConversationEntry::type)
                .containsExactly("message.input", "message.output", "message.input", "message.output");
        assertThat(call(mistral("conversation", "operation=messages&" + byId), null).getMessage().getBody(List.class))
                .hasSize(4);
        assertThat(call(mistral("conversation", "operation=get&" + byId), null).getMessage()
                .getBody(Conversation.class).instructions()).isEqualTo("Be brief.");

        Exchange restarted = call(mistral("conversation", "operation=restart&" + byId + "&fromEntryId="
                                                          + history.get(1).id()), "Another second question");
        String restartedId = restarted.getMessage().getHeader(MistralConstants.CONVERSATION_ID, String.class);
        assertThat(restartedId).isNotEqualTo(conversationId);
        assertThat(call(mistral("conversation", "operation=list&pageSize=1"), null).getMessage().getBody(List.class))
                .extracting(c -> ((Conversation) c).id()).contains(conversationId, restartedId);

        call(mistral("conversation", "operation=delete&" + byId), null);
        assertThat(sim.requests().to("DELETE", "/v1/conversations/" + conversationId)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void agentsWithVersionsAndAliasesThenAConversationWithTheAlias() {
        Agent created = call(mistral("agent", "operation=create"), Map.of("model", "mistral-medium-latest", "name",
                "support", "instructions", "Be kind.")).getMessage().getBody(Agent.class);
        assertThat(created.version()).isZero();
        String byId = "agentId=" + created.id();
        Agent updated = call(mistral("agent", "operation=update&" + byId), Map.of("instructions", "Be kinder."))
                .getMessage().getBody(Agent.class);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(call(mistral("agent", "operation=listVersions&" + byId), null).getMessage().getBody(List.class))
                .hasSize(2);
        call(mistral("agent", "operation=updateVersion&agentVersion=0&" + byId), null);
        call(mistral("agent", "operation=setAlias&agentAlias=production&agentVersion=1&" + byId), null);
        assertThat(call(mistral("agent", "operation=listAliases&" + byId), null).getMessage().getBody(List.class))
                .extracting(a -> ((AgentAlias) a).alias()).containsExactly("production");
        assertThat(call(mistral("agent", "operation=getVersion&agentVersion=production&" + byId), null).getMessage()
                .getBody(Agent.class).instructions()).isEqualTo("Be kinder.");
        assertThat(call(mistral("agent", "operation=get&" + byId), null).getMessage().getBody(Agent.class).version())
                .isZero();
        assertThat(call(mistral("agent", "operation=list"), null).getMessage().getBody(List.class)).isNotEmpty();

        Exchange turn = call(mistral("conversation", byId + "&agentVersion=production"), "Hello");
        assertThat(turn.getMessage().getBody(String.class)).isNotBlank();

        call(mistral("agent", "operation=deleteAlias&agentAlias=production&" + byId), null);
        call(mistral("agent", "operation=delete&" + byId), null);
        assertThat(sim.requests().to("DELETE", "/v1/agents/" + created.id())).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void librariesTheirDocumentsAndAConversationThatSearchesThem() {
        // processed at once: advancing the shared clock would move the batch jobs of the other tests on too
        sim.simulator().documentProcessing().durations(Duration.ZERO, Duration.ZERO);
        Library library = call(mistral("library", "operation=create"), Map.of("name", "Handbook")).getMessage()
                .getBody(Library.class);
        String byId = "libraryId=" + library.id();
        LibraryDocument uploaded = call(mistral("libraryDocument", "operation=upload&fileName=handbook.md&" + byId),
                "# Handbook\nHolidays: 25 days.".getBytes(StandardCharsets.UTF_8)).getMessage()
                .getBody(LibraryDocument.class);
        String doc = byId + "&documentId=" + uploaded.id();
        assertThat(call(mistral("libraryDocument", "operation=status&" + doc), null).getMessage()
                .getBody(DocumentStatus.class).processStatus()).isEqualTo("done");
        assertThat(call(mistral("libraryDocument", "operation=text&" + doc), null).getMessage().getBody(String.class))
                .contains("handbook.md");
        assertThat(call(mistral("libraryDocument", "operation=list&" + byId), null).getMessage().getBody(List.class))
                .hasSize(1);
        assertThat(call(mistral("libraryDocument", "operation=signedUrl&" + doc), null).getMessage()
                .getBody(String.class)).startsWith("http");
        assertThat(call(mistral("libraryDocument", "operation=update&" + doc), Map.of("name", "hr.md")).getMessage()
                .getBody(LibraryDocument.class).name()).isEqualTo("hr.md");
        assertThat(call(mistral("libraryDocument", "operation=get&" + doc), null).getMessage()
                .getBody(LibraryDocument.class).name()).isEqualTo("hr.md");

        assertThat(call(mistral("conversation", "conversationTools=document_library&" + byId),
                "Search the document library for holidays").getMessage().getBody(String.class)).contains("hr.md");

        String user = "0197a1b2-0000-7000-8000-0000000000aa";
        call(mistral("library", "operation=share&" + byId), Map.of("share_with_uuid", user, "share_with_type", "User",
                "level", "Viewer"));
        assertThat(call(mistral("library", "operation=listAccess&" + byId), null).getMessage().getBody(List.class))
                .isNotEmpty();
        call(mistral("library", "operation=unshare&" + byId), Map.of("share_with_uuid", user, "share_with_type", "User"));
        call(mistral("libraryDocument", "operation=reprocess&" + doc), null);
        call(mistral("libraryDocument", "operation=delete&" + doc), null);
        assertThat(call(mistral("library", "operation=update&" + byId), Map.of("name", "Staff handbook")).getMessage()
                .getBody(Library.class).name()).isEqualTo("Staff handbook");
        assertThat(call(mistral("library", "operation=get&" + byId), null).getMessage().getBody(Library.class).name())
                .isEqualTo("Staff handbook");
        assertThat(call(mistral("library", "operation=list"), null).getMessage().getBody(List.class)).isNotEmpty();
        call(mistral("library", "operation=delete&" + byId), null);
    }

    @Test
    void speechReturnsAValidAudioFile() {
        Exchange spoken = call(mistral("speech", "audioFormat=wav"), "Hello from Camel");

        assertThat(spoken.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
        byte[] audio = spoken.getMessage().getBody(byte[].class);
        assertThat(new String(audio, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("RIFF");
    }

    @Test
    void customVoicesAndTheirSamples() {
        byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        Exchange created = call(mistral("voice", "operation=create"), Map.of("name", "Narrator", "sample_audio",
                java.util.Base64.getEncoder().encodeToString(wav), "sample_filename", "narrator.wav"));
        String id = created.getMessage().getHeader(MistralConstants.VOICE_ID, String.class);
        assertThat(id).isNotBlank();
        String byId = "voice=" + id;

        Exchange sample = call(mistral("voice", "operation=sample&" + byId), null);
        assertThat(sample.getMessage().getBody(byte[].class)).isEqualTo(wav);
        assertThat(sample.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).startsWith("audio/wav");
        assertThat(call(mistral("voice", "operation=update&" + byId), Map.of("name", "Storyteller")).getMessage()
                .getBody(Voice.class).name()).isEqualTo("Storyteller");
        assertThat(call(mistral("voice", "operation=get&" + byId), null).getMessage().getBody(Voice.class).name())
                .isEqualTo("Storyteller");
        assertThat(call(mistral("voice", "operation=list&pageSize=1"), null).getMessage().getBody(List.class))
                .extracting(v -> ((Voice) v).id()).contains(id);
        assertThat(call(mistral("speech", byId), "Once upon a time").getMessage().getBody(byte[].class)).isNotEmpty();
        call(mistral("voice", "operation=delete&" + byId), null);
    }

    @Test
    void modelsAndFineTuningJobs() {
        @SuppressWarnings("unchecked")
        List<ModelCard> models = call(mistral("model", "operation=list"), null).getMessage().getBody(List.class);
        assertThat(models).isNotEmpty();
        MistralFile training = call(mistral("file", "operation=upload&purpose=fine-tune&fileName=train.jsonl"),
                "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"}]}\n")
                .getMessage().getBody(MistralFile.class);

        Exchange created = call(mistral("fineTuningJob", "operation=create&model=open-mistral-nemo&trainingSteps=10"
                                                        + "&learningRate=0.0001&suffix=demo&trainingFiles=" + training.id()),
                null);

        assertThat(created.getMessage().getHeader(MistralConstants.JOB_ID, String.class)).isNotBlank();
    }
}
