package io.github.camelmistral.producer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.conversations.CompletionArgs;
import io.github.camelmistral.api.conversations.Conversation;
import io.github.camelmistral.api.conversations.ConversationAppendRequest;
import io.github.camelmistral.api.conversations.ConversationEntry;
import io.github.camelmistral.api.conversations.ConversationHistory;
import io.github.camelmistral.api.conversations.ConversationRequest;
import io.github.camelmistral.api.conversations.ConversationResponse;
import io.github.camelmistral.api.conversations.ConversationRestartRequest;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.tools.ToolLoop;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:conversation}: conversations whose memory the API keeps. A turn (start, append, restart) returns the
 * assistant's text and sets {@code CamelMistralConversationId}, so that without an operation the next turn of the same
 * exchange appends to it: a multi-turn route is one {@code to()} per turn.
 * <p>
 * With {@code tools=} (names of {@code mistral:tool} routes) the routes are offered as function tools, and the
 * {@code function.call} entries of a turn are run and answered with {@code function.result} entries until the model
 * answers ({@link ConversationToolLoop}). With {@code streaming=true} the body is the {@link TextStream} of the
 * turn's text; the conversation id and, with tools, the calls and the usage of all rounds are set as headers when the
 * stream has ended.
 */
public class ConversationProducer extends ResourceProducer {

    /** The operations of {@code mistral:conversation}. */
    public enum Operation {
        start, append, restart, get, list, delete, history, messages
    }

    private static final List<String> BUILT_IN_TOOLS
            = List.of("web_search", "web_search_premium", "code_interpreter", "image_generation", "document_library");
    private static final String DOCUMENT_LIBRARY = "document_library";

    public ConversationProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (config().getParallelToolCalls() != null) {
            throw new IllegalArgumentException(action() + ": the conversations API has no parallel_tool_calls; remove "
                                               + "the parallelToolCalls option");
        }
        toolChoice();
        if (config().getHandoffExecution() != null && !Set.of("client", "server").contains(config().getHandoffExecution())) {
            throw new IllegalArgumentException(action() + ": handoffExecution is client or server, but is '"
                                               + config().getHandoffExecution() + "'");
        }
        toolNames(config().getConversationTools());
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) throws Exception {
        Operation operation = operationOrDefault(exchange);
        return switch (operation) {
            case start -> {
                ConversationRequest request = startRequest(exchange);
                yield streaming()
                        ? streamedTurn(exchange, api().conversations().startStream(request, streamIdleTimeout()))
                        : turn(exchange, api().conversations().start(request));
            }
            case append -> {
                String id = conversationId(exchange, operation);
                ConversationAppendRequest request = new ConversationAppendRequest(inputs(exchange, operation),
                        config().getStore(), config().getHandoffExecution(), completionArgs(exchange), streamFlag());
                yield streaming()
                        ? streamedTurn(exchange, api().conversations().appendStream(id, request, streamIdleTimeout()))
                        : turn(exchange, api().conversations().append(id, request));
            }
            case restart -> {
                String id = conversationId(exchange, operation);
                ConversationRestartRequest request = restartRequest(exchange);
                yield streaming()
                        ? streamedTurn(exchange, api().conversations().restartStream(id, request, streamIdleTimeout()))
                        : turn(exchange, api().conversations().restart(id, request));
            }
            case get -> callForBody(exchange, api().conversations().get(conversationId(exchange, operation)));
            case list -> list(exchange, api().conversations().list(), Conversation::id);
            case delete -> callForBody(exchange, api().conversations().delete(conversationId(exchange, operation)));
            case history -> entries(exchange, api().conversations().history(conversationId(exchange, operation)));
            case messages -> entries(exchange, api().conversations().messages(conversationId(exchange, operation)));
        };
    }

    /** The operation set, else append when the exchange already is in a conversation, else start. */
    private Operation operationOrDefault(Exchange exchange) {
        if (option(exchange, MistralConstants.OPERATION, String.class, config().getOperation()) != null) {
            return operation(exchange, Operation.class);
        }
        return exchange.getMessage().getHeader(MistralConstants.CONVERSATION_ID) != null ? Operation.append : Operation.start;
    }

    private String conversationId(Exchange exchange, Operation operation) {
        return requiredId(exchange, MistralConstants.CONVERSATION_ID, config().getConversationId(), "conversationId",
                operation.name(), Conversation.class, Conversation::id);
    }

    private ConversationRequest startRequest(Exchange exchange) {
        Object inputs = inputs(exchange, Operation.start);
        String agentId = option(exchange, MistralConstants.AGENT_ID, String.class, config().getAgentId());
        CompletionArgs completionArgs = completionArgs(exchange);
        if (agentId != null) {
            // the agent holds model, instructions and tools: the API refuses them next to agent_id
            if (config().getModel() != null || config().getInstructions() != null
                || config().getConversationTools() != null || toolNames() != null) {
                throw new IllegalArgumentException(action() + " start talks to the agent " + agentId + ", which has its "
                                                   + "own model, instructions and tools: remove the model, instructions, "
                                                   + "conversationTools and tools options, or the agentId");
            }
            return new ConversationRequest(inputs, config().getStore(), config().getHandoffExecution(), null, null,
                    completionArgs, null, null, null, agentId, agentVersion(exchange), null, streamFlag());
        }
        List<Map<String, Object>> tools = new ArrayList<>(builtInTools(config().getConversationTools(),
                libraryIds(exchange)));
        if (toolNames() != null) {
            tools.addAll(ToolLoops.tools(this, toolNames(), null));
        }
        return new ConversationRequest(inputs, config().getStore(), config().getHandoffExecution(),
                config().getInstructions(), tools, completionArgs, null, null, null, null, null, model(exchange),
                streamFlag());
    }

    private ConversationRestartRequest restartRequest(Exchange exchange) {
        String fromEntryId = option(exchange, MistralConstants.ENTRY_ID, String.class, config().getFromEntryId());
        if (fromEntryId == null || fromEntryId.isBlank()) {
            throw new IllegalArgumentException(action() + " restart needs the entry to restart from: set the "
                                               + MistralConstants.ENTRY_ID + " header or the fromEntryId option");
        }
        return new ConversationRestartRequest(inputs(exchange, Operation.restart), fromEntryId, config().getStore(),
                config().getHandoffExecution(), completionArgs(exchange), agentVersion(exchange), streamFlag());
    }

    /** The turn's input: the user's text, or input entries ({@code Map}s or records with the spec's fields). */
    private Object inputs(Exchange exchange, Operation operation) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof CharSequence text && !text.toString().isBlank()) {
            return text.toString();
        }
        if (body instanceof Collection<?> entries && !entries.isEmpty()) {
            return List.copyOf(entries);
        }
        throw new IllegalArgumentException(action() + " " + operation + " takes the user's text (a String) or a List of "
                                           + "input entries as the body, but got "
                                           + (body == null ? "none" : body instanceof CharSequence || body instanceof Collection
                                                   ? "an empty " + body.getClass().getSimpleName()
                                                   : body.getClass().getName()));
    }

    /** A version number is sent as a number, an alias as a string. */
    private Object agentVersion(Exchange exchange) {
        String version = option(exchange, MistralConstants.AGENT_VERSION, String.class, config().getAgentVersion());
        if (version == null || version.isBlank()) {
            return null;
        }
        return version.strip().chars().allMatch(Character::isDigit) ? Integer.valueOf(version.strip()) : version.strip();
    }

    private CompletionArgs completionArgs(Exchange exchange) {
        Object stop = exchange.getMessage().getHeader(MistralConstants.STOP);
        return CompletionArgs.orNull(MistralConfiguration.listOf(stop != null ? stop : config().getStop()),
                option(exchange, MistralConstants.TEMPERATURE, Double.class, config().getTemperature()),
                option(exchange, MistralConstants.TOP_P, Double.class, config().getTopP()),
                option(exchange, MistralConstants.MAX_TOKENS, Integer.class, config().getMaxTokens()),
                option(exchange, MistralConstants.RANDOM_SEED, Integer.class, config().getRandomSeed()),
                toolChoice());
    }

    /** {@code tool_choice} of the turn: the conversations API takes auto, none, any or required, not a tool's name. */
    private String toolChoice() {
        String choice = config().getToolChoice();
        if (choice == null || choice.isBlank()) {
            return null;
        }
        if (!Set.of("auto", "none", "any", "required").contains(choice.strip())) {
            throw new IllegalArgumentException(action() + ": toolChoice is auto, none, any or required on conversations "
                                               + "(the API cannot force one tool by name), but is '" + choice + "'");
        }
        return choice.strip();
    }

    private List<String> toolNames() {
        return MistralConfiguration.listOf(config().getTools());
    }

    private boolean streaming() {
        return config().isStreaming();
    }

    /** {@code stream: true} when streaming, else not sent (the API's default is false). */
    private Boolean streamFlag() {
        return streaming() ? Boolean.TRUE : null;
    }

    private Duration streamIdleTimeout() {
        return Duration.ofMillis(config().getStreamIdleTimeout());
    }

    private String libraryIds(Exchange exchange) {
        return option(exchange, MistralConstants.LIBRARY_ID, String.class, config().getLibraryId());
    }

    /** The built-in tools named by {@code conversationTools}, checked when the route starts and for each message. */
    private List<Map<String, Object>> builtInTools(String names, String libraryIds) {
        List<Map<String, Object>> tools = new ArrayList<>();
        for (String name : toolNames(names)) {
            if (DOCUMENT_LIBRARY.equals(name)) {
                List<String> libraries = MistralConfiguration.listOf(libraryIds);
                if (libraries == null) {
                    throw new IllegalArgumentException(action() + ": the document_library tool searches the libraries of "
                                                       + "the libraryId option (comma separated) or the "
                                                       + MistralConstants.LIBRARY_ID + " header; set one");
                }
                tools.add(Map.of("type", name, "library_ids", libraries));
            } else {
                tools.add(Map.of("type", name));
            }
        }
        return tools;
    }

    private List<String> toolNames(String names) {
        List<String> named = MistralConfiguration.listOf(names);
        if (named == null) {
            return List.of();
        }
        for (String name : named) {
            if (!BUILT_IN_TOOLS.contains(name)) {
                throw new IllegalArgumentException(action() + ": conversationTools names built-in tools, one of "
                                                   + BUILT_IN_TOOLS + ", but has '" + name + "'");
            }
        }
        return named;
    }

    private CompletionStage<?> turn(Exchange exchange, CompletableFuture<MistralResponse<ConversationResponse>> call) {
        if (toolNames() != null) {
            return new ConversationToolLoop(ToolLoops.loop(this, List.of(), null), ToolLoops.reactiveExecutor(this))
                    .run(call, (id, results) -> api().conversations().append(id, resultsRequest(results, false)))
                    .thenAccept(outcome -> {
                        writeTurn(exchange, outcome.last(), outcome.outputs());
                        Message message = exchange.getMessage();
                        writeTools(message, outcome.tools());
                        if (!config().isAutoToolExecution() && !outcome.tools().calls().isEmpty()) {
                            message.setBody(null);
                        }
                    });
        }
        return call.thenAccept(answer -> writeTurn(exchange, answer, answer.body().outputs()));
    }

    private void writeTurn(Exchange exchange, MistralResponse<ConversationResponse> answer,
                           List<ConversationEntry> outputs) {
        ConversationResponse response = answer.body();
        Message message = exchange.getMessage();
        message.setBody(response.text());
        writeResponseHeaders(message, answer, null, response.model());
        message.setHeader(MistralConstants.CONVERSATION_ID, response.conversationId());
        message.setHeader(MistralConstants.CONVERSATION_ENTRIES, outputs);
        CompletionProducer.setUsage(message, response.usage());
    }

    private static void writeTools(Message message, ToolLoop.Outcome tools) {
        message.setHeader(MistralConstants.TOOL_CALLS, tools.calls());
        CompletionProducer.setUsage(message, tools.usage());
    }

    /**
     * A streamed turn: the body is the stream of the turn's text at once; the conversation id (and with tools the
     * calls and the usage of every round) are set when the stream has ended, as they come in its events.
     */
    private CompletionStage<?> streamedTurn(Exchange exchange, CompletableFuture<MistralResponse<TextStream>> call) {
        CompletableFuture<MistralResponse<TextStream>> started = toolNames() == null ? call
                : new ConversationToolLoop(ToolLoops.loop(this, List.of(), null), ToolLoops.reactiveExecutor(this)).stream(call,
                        (id, results) -> api().conversations().appendStreamAndWait(id, resultsRequest(results, true),
                                streamIdleTimeout()),
                        outcome -> writeTools(exchange.getMessage(), outcome));
        return started.thenAccept(answer -> {
            writeStream(exchange, answer);
            answer.body().whenEnded(result -> {
                if (result.id() != null) {
                    exchange.getMessage().setHeader(MistralConstants.CONVERSATION_ID, result.id());
                }
            });
        });
    }

    /** The append that answers function calls with their results. */
    private ConversationAppendRequest resultsRequest(List<Map<String, Object>> results, boolean stream) {
        return new ConversationAppendRequest(results, config().getStore(), config().getHandoffExecution(), null,
                stream ? Boolean.TRUE : null);
    }

    private CompletionStage<?> entries(Exchange exchange, CompletableFuture<MistralResponse<ConversationHistory>> call) {
        return call.thenAccept(answer -> {
            Message message = exchange.getMessage();
            message.setBody(answer.body().entries());
            writeResponseHeaders(message, answer, null, null);
            message.setHeader(MistralConstants.CONVERSATION_ID, answer.body().conversationId());
        });
    }
}
