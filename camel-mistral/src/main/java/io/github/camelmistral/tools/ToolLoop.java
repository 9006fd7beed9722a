package io.github.camelmistral.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import io.github.camelmistral.api.Futures;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.ToolCall;
import io.github.camelmistral.api.chat.ToolMessage;

/**
 * The tool loop of one exchange: send the conversation, execute the tool calls of the answer (all at once, as route
 * exchanges of their {@code mistral:tool} routes), append the assistant's calls and the {@code tool} results, send
 * again, until the model answers without calls. Nothing waits on a thread: each step is chained on the previous one.
 * <p>
 * A call of an unknown tool, or with arguments that are not valid JSON, gets an error text as its result, so the model
 * can correct itself; it counts as an iteration like any other.
 */
public final class ToolLoop {

    /** What the loop came to. */
    public record Outcome(MistralResponse<ChatCompletionResponse> lastAnswer, List<ChatMessage> conversation,
                          List<ToolCallRecord> calls, Usage usage) {
    }

    private final String action;
    private final ToolRegistry registry;
    private final Function<List<ChatMessage>, CompletableFuture<MistralResponse<ChatCompletionResponse>>> send;
    private final int maxIterations;
    private final boolean failOnToolError;
    private final boolean execute;
    private final List<ChatMessage> conversation;
    private final List<ToolCallRecord> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile int executedRounds;
    private int promptTokens;
    private int completionTokens;
    private int totalTokens;

    /**
     * @param send sends the conversation so far (with the tools) and returns the model's answer; null for a loop whose
     *             rounds are sent by its caller (a streamed loop, see {@link #answered})
     */
    public ToolLoop(String action, ToolRegistry registry, List<ChatMessage> messages,
                    Function<List<ChatMessage>, CompletableFuture<MistralResponse<ChatCompletionResponse>>> send,
                    int maxIterations, boolean failOnToolError, boolean execute) {
        this.action = action;
        this.registry = registry;
        this.send = send;
        this.maxIterations = maxIterations;
        this.failOnToolError = failOnToolError;
        this.execute = execute;
        this.conversation = new ArrayList<>(messages);
    }

    public CompletableFuture<Outcome> run() {
        return send.apply(conversation()).thenCompose(answer -> {
            ChatCompletionResponse.Message message = answer.body().choices() == null
                                                     || answer.body().choices().isEmpty()
                    ? null : answer.body().choices().get(0).message();
            return answered(message, answer.body().usage())
                    .thenCompose(goesOn -> goesOn ? run() : CompletableFuture.completedFuture(outcome(answer)));
        });
    }

    /** The conversation so far: what the next round sends. */
    public synchronized List<ChatMessage> conversation() {
        return List.copyOf(conversation);
    }

    /**
     * Takes the model's answer of one round: appends it to the conversation, runs the calls it asks for and appends
     * their results. Completes with true when the loop goes on (the next round is due), false when the answer ends it
     * (no calls, or calls that are returned rather than run); exceptionally when a tool fails with
     * {@code toolErrorStrategy=fail} or the answer asks for tools after {@code maxToolIterations} rounds of calls.
     */
    public CompletableFuture<Boolean> answered(ChatCompletionResponse.Message message, Usage usage) {
        addUsage(usage);
        List<ToolCall> toolCalls = message == null || message.toolCalls() == null ? List.of() : message.toolCalls();
        synchronized (this) {
            if (message != null) {
                conversation.add(message.toAssistantMessage());
            }
        }
        if (toolCalls.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        if (!execute) {
            toolCalls.forEach(call -> calls.add(new ToolCallRecord(call.id(), name(call), arguments(call), null,
                    false)));
            return CompletableFuture.completedFuture(false);
        }
        if (executedRounds >= maxIterations) {
            return CompletableFuture.failedFuture(new IllegalStateException(action + ": the model still asks for tools "
                    + toolCalls.stream().map(ToolLoop::name).toList() + " after maxToolIterations="
                    + maxIterations + " rounds of tool calls; raise maxToolIterations or check the tools' results"));
        }
        executedRounds++;
        List<CompletableFuture<ToolMessage>> results = toolCalls.stream().map(this::execute).toList();
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).thenApply(done -> {
            synchronized (this) {
                results.forEach(result -> conversation.add(result.join()));
            }
            return true;
        });
    }

    private CompletableFuture<ToolMessage> execute(ToolCall call) {
        String name = name(call);
        ToolConsumer tool = name == null ? null : registry.find(name);
        if (tool == null) {
            return CompletableFuture.completedFuture(reported(call, null,
                    "Error: there is no tool named '" + name + "'. The tools are " + registry.names() + "."));
        }
        Map<String, Object> arguments = arguments(call);
        if (arguments == null) {
            return CompletableFuture.completedFuture(reported(call, null,
                    "Error: the arguments of " + name + " are not a valid JSON object: " + call.function().arguments()));
        }
        return tool.call(call.id(), arguments).handle((result, failure) -> {
            if (failure == null) {
                calls.add(new ToolCallRecord(call.id(), name, arguments, result, false));
                return new ToolMessage(result, call.id(), name);
            }
            Throwable cause = Futures.unwrap(failure);
            if (failOnToolError) {
                throw new CompletionException(new IllegalStateException(action + ": tool " + name + " failed: "
                                                                        + cause.getMessage(), cause));
            }
            return reported(call, arguments, "Error: " + cause.getMessage());
        });
    }

    private ToolMessage reported(ToolCall call, Map<String, Object> arguments, String error) {
        calls.add(new ToolCallRecord(call.id(), name(call), arguments, error, true));
        return new ToolMessage(error, call.id(), name(call));
    }

    private static String name(ToolCall call) {
        return call.function() == null ? null : call.function().name();
    }

    /** The arguments as a map: the API sends a JSON string, the schema also allows an object; null if unreadable. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(ToolCall call) {
        Object raw = call.function() == null ? null : call.function().arguments();
        try {
            if (raw instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            if (raw instanceof String text) {
                Object parsed = MistralJson.mapper().readValue(text.isBlank() ? "{}" : text, Object.class);
                return parsed instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
            }
        } catch (Exception unreadable) {
            return null;
        }
        return raw == null ? Map.of() : null;
    }

    private synchronized void addUsage(Usage usage) {
        if (usage != null) {
            promptTokens += usage.promptTokens() == null ? 0 : usage.promptTokens();
            completionTokens += usage.completionTokens() == null ? 0 : usage.completionTokens();
            totalTokens += usage.totalTokens() == null ? 0 : usage.totalTokens();
        }
    }

    /** What the loop has come to, {@code answer} being the last answer (null for a streamed loop). */
    public synchronized Outcome outcome(MistralResponse<ChatCompletionResponse> answer) {
        return new Outcome(answer, List.copyOf(conversation), List.copyOf(calls), usage());
    }

    /** The usage of every round so far, summed. */
    public synchronized Usage usage() {
        return new Usage(promptTokens, completionTokens, totalTokens);
    }
}
