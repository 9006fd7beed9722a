package io.github.camelmistral.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelmistral.api.FormFile;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.simulator.MistralSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mistral:apiRequest} forms, streamed downloads and event streams, and streamed speech, against the stateful
 * simulator (strict when the build has the official spec, so the forms are checked as the API would check them).
 */
class ApiRequestSimulatorTest extends CamelTestSupport {

    private static final String KEY = "sk-simulated";

    @RegisterExtension
    static MistralSimulatorExtension sim = MistralSimulatorExtension.create().apiKey(KEY);

    private final AtomicReference<Class<?>> seen = new AtomicReference<>();
    private final List<String> events = new ArrayList<>();

    private static String mistral(String api, String options) {
        return "mistral:" + api + "?baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY + "&" + options;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").toD("${header.uri}").process(exchange -> {
                    Object body = exchange.getMessage().getBody();
                    seen.set(body == null ? null : body.getClass());
                    if (body instanceof TextStream stream) {
                        stream.forEachRemaining(events::add);
                    } else if (body instanceof InputStream in) {
                        exchange.getMessage().setBody(readAll(in));
                    }
                });
            }
        };
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private Exchange call(String uri, Object body) {
        Exchange result = template.request("direct:call", exchange -> {
            exchange.getIn().setHeader("uri", uri);
            exchange.getIn().setBody(body);
        });
        assertThat(result.getException()).isNull();
        return result;
    }

    @Test
    void aFileUploadedAsAFormComesBackAsAStream() {
        byte[] jsonl = "{\"custom_id\":\"0\",\"body\":{\"messages\":[]}}\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("purpose", "batch");
        form.put("file", FormFile.of(jsonl, "requests.jsonl", "application/jsonl"));

        Map<?, ?> uploaded = call(mistral("apiRequest", "method=POST&path=/v1/files"), form).getMessage()
                .getBody(Map.class);

        assertThat(uploaded.get("filename")).isEqualTo("requests.jsonl");
        assertThat(uploaded.get("purpose")).isEqualTo("batch");
        Exchange content = call(mistral("apiRequest", "path=/v1/files/" + uploaded.get("id")
                                                      + "/content&streamThreshold=0"), null);
        assertThat(seen.get()).isAssignableTo(InputStream.class);
        assertThat(content.getMessage().getBody(byte[].class)).isEqualTo(jsonl);
    }

    @Test
    void aStreamedChatCompletionIsOneJsonChunkPerEvent() throws Exception {
        call(mistral("apiRequest", "method=POST&path=/v1/chat/completions&streaming=true"), Map.of(
                "model", "mistral-small-latest", "stream", true,
                "messages", List.of(Map.of("role", "user", "content", "Say hello"))));

        assertThat(seen.get()).isEqualTo(TextStream.class);
        assertThat(events).isNotEmpty().noneMatch("[DONE]"::equals);
        StringBuilder text = new StringBuilder();
        for (String event : events) {
            Map<?, ?> chunk = MistralJson.mapper().readValue(event, Map.class);
            assertThat(chunk.get("object")).isEqualTo("chat.completion.chunk");
            Object content = ((Map<?, ?>) ((Map<?, ?>) ((List<?>) chunk.get("choices")).get(0)).get("delta")).get("content");
            text.append(content == null ? "" : content);
        }
        assertThat(text).isNotEmpty();
    }

    @Test
    void streamedSpeechIsTheSameAudioAsBytes() {
        byte[] whole = call(mistral("speech", "audioFormat=wav"), "Hello from the simulator").getMessage()
                .getBody(byte[].class);
        assertThat(seen.get()).isEqualTo(byte[].class);

        byte[] streamed = call(mistral("speech", "audioFormat=wav&streamThreshold=0"), "Hello from the simulator")
                .getMessage().getBody(byte[].class);

        assertThat(seen.get()).isAssignableTo(InputStream.class);
        assertThat(streamed).isEqualTo(whole);
        assertThat(new String(streamed, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    }
}
