package io.github.camelmistral.producer;

import java.util.List;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.agents.AgentsCompletionRequest;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.tools.ToolLoop;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mistral:agent}: with an {@code operation}, manages agents (see {@link AgentOperations}); without one, a
 * completion by an agent (the API deprecates agent completions for {@code mistral:conversation} with an agent). The agent holds model, temperature, top_p
 * and the safety prompt, so those options are not sent (the API rejects them on this endpoint).
 */
public class AgentProducer extends CompletionProducer {

    private static final Logger LOG = LoggerFactory.getLogger(AgentProducer.class);

    private final AgentOperations operations;

    public AgentProducer(MistralEndpoint endpoint) {
        super(endpoint);
        this.operations = new AgentOperations(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        startMemory();
        if (config().getOperation() == null && (config().getModel() != null || config().getTemperature() != null
                                                 || config().getTopP() != null || config().getSafePrompt() != null)) {
            LOG.warn("{} ignores the model, temperature, topP and safePrompt options: the agent defines them, and the "
                     + "agents API rejects them", action());
        }
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        if (operations.isOperation(exchange)) {
            return operations.send(exchange);
        }
        String agentId = option(exchange, MistralConstants.AGENT_ID, String.class, config().getAgentId());
        if (agentId == null || agentId.isBlank()) {
            throw new IllegalArgumentException(action() + " needs the id of the agent to call: set the agentId option or "
                                               + "the " + MistralConstants.AGENT_ID + " header");
        }
        List<ChatMessage> messages = withSystemMessage(exchange,
                ChatBodies.toMessages(action(), exchange.getMessage().getBody()));
        AgentsCompletionRequest request = new AgentsCompletionRequest(
                agentId,
                messages,
                maxTokens(exchange),
                streaming() ? Boolean.TRUE : null,
                stop(exchange),
                randomSeed(exchange),
                metadata(exchange),
                responseFormat(exchange),
                null,
                null,
                config().getPresencePenalty(),
                config().getFrequencyPenalty(),
                config().getN(),
                prediction(exchange),
                null,
                config().getReasoningEffort(),
                promptCacheKey(exchange),
                config().getPromptMode());
        return withMemory(exchange, messages, conversation -> complete(exchange, request.withMessages(conversation)));
    }

    /** The completion of the conversation the request holds (after the memory's history, when there is one). */
    private CompletionStage<?> complete(Exchange exchange, AgentsCompletionRequest request) {
        List<ChatMessage> messages = request.messages();
        List<String> toolNames = MistralConfiguration.listOf(config().getTools());
        if (toolNames != null) {
            return runTools(exchange, request.withTools(ToolLoops.tools(this, toolNames, null),
                    ToolLoops.toolChoice(config().getToolChoice(), null), config().getParallelToolCalls()));
        }
        if (outputType() != null) {
            return sendStructured(exchange, messages, (conversation, format) -> api().agents()
                    .complete(request.withMessages(conversation).withResponseFormat(format)));
        }
        if (streaming()) {
            return api().agents().stream(request, streamIdleTimeout()).thenAccept(answer -> writeStream(exchange, answer));
        }
        return api().agents().complete(request)
                .thenAccept(answer -> {
                    writeCompletion(exchange, answer);
                    writeConversation(exchange, messages, answer.body());
                });
    }

    /** The tool loop against the agents endpoint: the same as chat's, the routes' tools joining the agent's own. */
    private CompletionStage<?> runTools(Exchange exchange, AgentsCompletionRequest request) {
        if (streaming()) {
            return ToolLoops.stream(this, exchange, request.messages(),
                    messages -> api().agents().stream(request.withMessages(messages), streamIdleTimeout()),
                    messages -> api().agents().streamAndWait(request.withMessages(messages), streamIdleTimeout()));
        }
        ToolLoop loop = ToolLoops.loop(this, request.messages(),
                messages -> api().agents().complete(request.withMessages(messages)));
        return loop.run().thenAccept(outcome -> ToolLoops.write(this, exchange, outcome));
    }
}
