package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.tools.StreamingToolLoop;
import io.github.camelmistral.tools.ToolConsumer;
import io.github.camelmistral.tools.ToolLoop;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.ReactiveExecutor;

/** How the completion actions set up a {@link ToolLoop} from their options, and write what it came to. */
final class ToolLoops {

    private static final Set<String> CHOICES = Set.of("auto", "any", "none", "required");

    private ToolLoops() {
    }

    /**
     * A loop over the {@code tools} option's routes plus the tools of a request body.
     *
     * @param sender given the request's tool list, sends a conversation with them; null for a streamed loop, whose
     *               rounds {@link #stream} sends
     */
    static ToolLoop loop(MistralProducer producer, List<ChatMessage> messages,
                         Function<List<ChatMessage>, CompletableFuture<MistralResponse<ChatCompletionResponse>>> sender) {
        MistralConfiguration config = producer.config();
        if (config.getMaxToolIterations() < 1) {
            throw new IllegalArgumentException(producer.action() + ": maxToolIterations must be at least 1, but is "
                                               + config.getMaxToolIterations());
        }
        String strategy = config.getToolErrorStrategy();
        if (!"report".equals(strategy) && !"fail".equals(strategy)) {
            throw new IllegalArgumentException(producer.action() + ": toolErrorStrategy is report or fail, but is '"
                                               + strategy + "'");
        }
        return new ToolLoop(producer.action(), producer.getEndpoint().getComponent().tools(), messages, sender,
                config.getMaxToolIterations(), "fail".equals(strategy), config.isAutoToolExecution());
    }

    /** The request's tools: those of a request body, then those of the {@code tools} option's routes. */
    static List<Map<String, Object>> tools(MistralProducer producer, List<String> toolNames,
                                           List<Map<String, Object>> bodyTools) {
        List<Map<String, Object>> tools = new ArrayList<>(bodyTools == null ? List.of() : bodyTools);
        if (toolNames != null) {
            List<ToolConsumer> routes = producer.getEndpoint().getComponent().tools().resolve(toolNames, producer.action());
            if (routes.isEmpty()) {
                throw new IllegalArgumentException(producer.action() + " tools=" + String.join(",", toolNames)
                                                   + ", but no mistral:tool route is started in this CamelContext");
            }
            routes.forEach(route -> tools.add(route.definition().toRequestTool()));
        }
        return List.copyOf(tools);
    }

    /**
     * The streamed loop: the body is the stream of all rounds (see {@link StreamingToolLoop}); when it has been read to
     * its end, the calls, the conversation and the usage of all rounds are set as headers, as {@link #write} sets them.
     */
    static CompletionStage<?> stream(CompletionProducer producer, Exchange exchange, List<ChatMessage> messages,
                                     Function<List<ChatMessage>, CompletableFuture<MistralResponse<TextStream>>> first,
                                     StreamingToolLoop.NextRound next) {
        ToolLoop loop = loop(producer, messages, null);
        return new StreamingToolLoop(loop, first, next, reactiveExecutor(producer)).run(outcome -> writeOutcome(exchange.getMessage(), outcome))
                .thenAccept(answer -> producer.writeStream(exchange, answer));
    }

    static ReactiveExecutor reactiveExecutor(MistralProducer producer) {
        return producer.getEndpoint().getCamelContext().getCamelContextExtension().getReactiveExecutor();
    }

    /** The request's {@code tool_choice}: auto, any, none, required, or a tool's name as the spec's object form. */
    static Object toolChoice(String option, Object fromBody) {
        if (option == null || option.isBlank()) {
            return fromBody;
        }
        String choice = option.strip();
        return CHOICES.contains(choice) ? choice : Map.of("type", "function", "function", Map.of("name", choice));
    }

    /**
     * The final answer as the body (null when the calls are returned instead of executed), the calls in
     * {@code CamelMistralToolCalls}, the whole conversation in {@code CamelMistralConversation}, the usage of every
     * round summed.
     */
    static void write(CompletionProducer producer, Exchange exchange, ToolLoop.Outcome outcome) {
        producer.writeCompletion(exchange, outcome.lastAnswer());
        Message message = exchange.getMessage();
        writeOutcome(message, outcome);
        if (!producer.config().isAutoToolExecution() && !outcome.calls().isEmpty()) {
            message.setBody(null);
        }
    }

    private static void writeOutcome(Message message, ToolLoop.Outcome outcome) {
        CompletionProducer.setUsage(message, outcome.usage());
        message.setHeader(MistralConstants.TOOL_CALLS, outcome.calls());
        message.setHeader(MistralConstants.CONVERSATION, outcome.conversation());
    }
}
