package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.chat.ChatCompletionRequest;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.tools.ToolLoop;
import org.apache.camel.Exchange;

/**
 * {@code mistral:chat}: a chat completion. The body is the prompt, the conversation, or a full request; the reply text
 * comes back as the body.
 */
public class ChatProducer extends CompletionProducer {

    public ChatProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        startMemory();
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        ChatCompletionRequest request = request(exchange);
        return withMemory(exchange, request.messages(),
                messages -> sendRequest(exchange, request.toBuilder().messages(messages).build()));
    }

    private CompletionStage<?> sendRequest(Exchange exchange, ChatCompletionRequest request) {
        List<String> toolNames = MistralConfiguration.listOf(config().getTools());
        if (toolNames != null || (request.tools() != null && !request.tools().isEmpty())) {
            return runTools(exchange, request, toolNames);
        }
        if (outputType() != null) {
            return sendStructured(exchange, request.messages(), (messages, format) -> api().chat()
                    .complete(request.toBuilder().messages(messages).responseFormat(format).build()));
        }
        if (streaming() || Boolean.TRUE.equals(request.stream())) {
            ChatCompletionRequest streamed = request.toBuilder().stream(true).build();
            return api().chat().stream(streamed, streamIdleTimeout()).thenAccept(answer -> writeStream(exchange, answer));
        }
        return api().chat().complete(request)
                .thenAccept(answer -> {
                    writeCompletion(exchange, answer);
                    if (returnsConversation()) {
                        writeConversation(exchange, request.messages(), answer.body());
                    }
                });
    }

    /**
     * The tool loop: the tools of the {@code tools} option (routes of this CamelContext) join those a full request
     * body brings, and every answer asking for calls is executed until the model answers; streamed round by round
     * with {@code streaming=true}.
     */
    private CompletionStage<?> runTools(Exchange exchange, ChatCompletionRequest request, List<String> toolNames) {
        ChatCompletionRequest withTools = request.toBuilder()
                .tools(ToolLoops.tools(this, toolNames, request.tools()))
                .toolChoice(ToolLoops.toolChoice(config().getToolChoice(), request.toolChoice()))
                .parallelToolCalls(config().getParallelToolCalls() != null ? config().getParallelToolCalls()
                        : request.parallelToolCalls())
                .build();
        if (streaming() || Boolean.TRUE.equals(request.stream())) {
            ChatCompletionRequest streamed = withTools.toBuilder().stream(true).build();
            return ToolLoops.stream(this, exchange, request.messages(),
                    messages -> api().chat().stream(streamed.toBuilder().messages(messages).build(), streamIdleTimeout()),
                    messages -> api().chat().streamAndWait(streamed.toBuilder().messages(messages).build(),
                            streamIdleTimeout()));
        }
        ToolLoop loop = ToolLoops.loop(this, request.messages(),
                messages -> api().chat().complete(withTools.toBuilder().messages(messages).build()));
        return loop.run().thenAccept(outcome -> ToolLoops.write(this, exchange, outcome));
    }

    /** Whether the {@code CamelMistralConversation} header is set (not for one-shot image questions). */
    protected boolean returnsConversation() {
        return true;
    }

    protected ChatCompletionRequest request(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof ChatCompletionRequest full) {
            // a complete request is sent as the author built it; only a missing model is filled in
            return full.model() != null ? full : full.toBuilder().model(model(exchange)).build();
        }
        if (body instanceof Map<?, ?> map && map.containsKey("messages")) {
            ChatCompletionRequest full = ChatBodies.toRequest(action(), map);
            return full.model() != null ? full : full.toBuilder().model(model(exchange)).build();
        }
        return sampled(exchange, withSystemMessage(exchange, ChatBodies.toMessages(action(), body)));
    }

    /** A request for {@code messages} with this endpoint's model and sampling options (headers first). */
    protected ChatCompletionRequest sampled(Exchange exchange, List<ChatMessage> messages) {
        return ChatCompletionRequest.builder()
                .model(model(exchange))
                .messages(messages)
                .temperature(temperature(exchange))
                .topP(topP(exchange))
                .maxTokens(maxTokens(exchange))
                .randomSeed(randomSeed(exchange))
                .stop(stop(exchange))
                .safePrompt(config().getSafePrompt())
                .n(config().getN())
                .presencePenalty(config().getPresencePenalty())
                .frequencyPenalty(config().getFrequencyPenalty())
                .responseFormat(responseFormat(exchange))
                .reasoningEffort(config().getReasoningEffort())
                .promptMode(config().getPromptMode())
                .prediction(prediction(exchange))
                .promptCacheKey(promptCacheKey(exchange))
                .metadata(metadata(exchange))
                .build();
    }
}
