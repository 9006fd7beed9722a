package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.ToolCall;
import io.github.camelmistral.api.chat.ToolMessage;
import io.github.camelmistral.api.conversations.ConversationEntry;
import io.github.camelmistral.api.conversations.ConversationResponse;
import io.github.camelmistral.api.conversations.ConversationStreamDecoder;
import io.github.camelmistral.api.stream.StreamResult;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.support.ReactiveWaits;
import io.github.camelmistral.tools.ToolLoop;
import org.apache.camel.spi.ReactiveExecutor;

/**
 * Function tools of a conversation turn run as Camel routes: the {@code function.call} entries of the turn's outputs
 * are run by the {@link ToolLoop} (so unknown tools, broken arguments, {@code toolErrorStrategy} and
 * {@code maxToolIterations} behave as in chat), their results appended to the conversation as
 * {@code function.result} entries, until the model answers without calls. Whole answers or streamed ones: a streamed
 * turn goes on with the stream of the append (see {@link TextStream#continueWith}).
 */
final class ConversationToolLoop {

    /** What the turn came to: its last answer, the outputs of all its answers, and the loop's calls and usage. */
    record Outcome(MistralResponse<ConversationResponse> last, List<ConversationEntry> outputs, ToolLoop.Outcome tools) {
    }

    /** Appends {@code function.result} entries to a conversation. */
    @FunctionalInterface
    interface Append {
        CompletableFuture<MistralResponse<ConversationResponse>> send(String conversationId,
                                                                      List<Map<String, Object>> results);
    }

    /** Appends {@code function.result} entries with {@code stream: true}, for a thread that waits for the answer. */
    @FunctionalInterface
    interface StreamedAppend {
        MistralResponse<TextStream> send(String conversationId, List<Map<String, Object>> results) throws Exception;
    }

    private final ToolLoop loop;
    private final ReactiveExecutor reactiveExecutor;
    private final List<ConversationEntry> outputs = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param loop             a loop without a sender, whose rounds this class sends
     * @param reactiveExecutor the CamelContext's, for the reader of a stream waiting for the tools (see
     *                         {@link ReactiveWaits})
     */
    ConversationToolLoop(ToolLoop loop, ReactiveExecutor reactiveExecutor) {
        this.loop = loop;
        this.reactiveExecutor = reactiveExecutor;
    }

    CompletableFuture<Outcome> run(CompletableFuture<MistralResponse<ConversationResponse>> first, Append append) {
        return first.thenCompose(answer -> answered(answer, append));
    }

    private CompletableFuture<Outcome> answered(MistralResponse<ConversationResponse> answer, Append append) {
        ConversationResponse response = answer.body();
        outputs.addAll(response.outputs());
        List<ToolCall> calls = response.outputs().stream()
                .filter(entry -> "function.call".equals(entry.type()))
                .map(entry -> call(entry.toolCallId(), entry.name(), entry.arguments()))
                .toList();
        return results(calls, response.usage()).thenCompose(results -> results == null
                ? CompletableFuture.completedFuture(new Outcome(answer, List.copyOf(outputs), loop.outcome(null)))
                : append.send(response.conversationId(), results).thenCompose(next -> answered(next, append)));
    }

    /**
     * The streamed turn: the first answer's stream, going on with the stream of each append of function results;
     * {@code whenDone} gets the loop's outcome and the conversation id when the stream has ended.
     */
    CompletableFuture<MistralResponse<TextStream>> stream(CompletableFuture<MistralResponse<TextStream>> first,
                                                          StreamedAppend append,
                                                          Consumer<ToolLoop.Outcome> whenDone) {
        return first.thenApply(answer -> {
            TextStream stream = answer.body();
            stream.continueWith(new Rounds(stream, append));
            stream.whenEnded(result -> whenDone.accept(loop.outcome(null)));
            return answer;
        });
    }

    /** Runs the calls; completes with the {@code function.result} entries to append, or null when the turn is over. */
    private CompletableFuture<List<Map<String, Object>>> results(List<ToolCall> calls, Usage usage) {
        int before = loop.conversation().size();
        ChatCompletionResponse.Message asked = new ChatCompletionResponse.Message("assistant", null,
                calls.isEmpty() ? null : calls, null);
        return loop.answered(asked, usage).thenApply(goesOn -> {
            if (!goesOn) {
                return null;
            }
            List<ChatMessage> conversation = loop.conversation();
            // after the answer's own message come the results of its calls
            return conversation.subList(before + 1, conversation.size()).stream()
                    .map(ToolMessage.class::cast)
                    .map(result -> Map.<String, Object>of("type", "function.result", "tool_call_id", result.toolCallId(),
                            "result", String.valueOf(result.content())))
                    .toList();
        });
    }

    private static ToolCall call(String toolCallId, String name, Object arguments) {
        return new ToolCall(toolCallId, "function", new ToolCall.FunctionCall(name, arguments), null);
    }

    /** Appends the results of a streamed answer's function calls, and goes on with the stream of that append. */
    private final class Rounds implements TextStream.Continuation {

        private final TextStream stream;
        private final StreamedAppend append;
        private String conversationId;

        Rounds(TextStream stream, StreamedAppend append) {
            this.stream = stream;
            this.append = append;
        }

        @Override
        public TextStream next(StreamResult round) throws Exception {
            ConversationStreamDecoder decoder = (ConversationStreamDecoder) stream.decoder();
            if (conversationId == null) {
                conversationId = decoder.conversationId();
            }
            List<ToolCall> calls = decoder.functionCalls().stream()
                    .map(call -> call(call.toolCallId(), call.name(), call.arguments()))
                    .toList();
            List<Map<String, Object>> results = ReactiveWaits.join(reactiveExecutor, results(calls, round.usage()));
            return results == null ? null : append.send(conversationId, results).body();
        }

        @Override
        public StreamResult result(StreamResult last) {
            return new StreamResult(last.text(), last.finishReason(), loop.usage(), last.model(), conversationId);
        }
    }
}
