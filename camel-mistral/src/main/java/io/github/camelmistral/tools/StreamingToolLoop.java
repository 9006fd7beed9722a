package io.github.camelmistral.tools;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.ChatStreamDecoder;
import io.github.camelmistral.api.stream.StreamResult;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.support.ReactiveWaits;
import org.apache.camel.spi.ReactiveExecutor;

/**
 * The tool loop with every round streamed: the first round's {@link TextStream} is the body at once; when a round's
 * events end with tool calls, the reading thread runs them through the {@link ToolLoop}, opens the next round and
 * goes on with its deltas, until a round ends without calls. The text deltas of every round are part of the stream (a
 * round that ends with calls rarely has any: they cannot be told from the answer's before the round ends). The result
 * of the stream has the usage of all rounds summed; {@code whenDone} gets what the loop came to when it has ended.
 * <p>
 * Only the thread that reads the stream waits: for the deltas, the tools and the start of the next round, as it waits
 * for the deltas of a single streamed answer. The next rounds complete on the I/O thread, so that the wait needs no
 * thread of the completion pool.
 */
public final class StreamingToolLoop {

    /** Sends the next round for a thread that waits until its answer starts. */
    @FunctionalInterface
    public interface NextRound {
        MistralResponse<TextStream> send(List<ChatMessage> conversation) throws Exception;
    }

    private final ToolLoop loop;
    private final Function<List<ChatMessage>, CompletableFuture<MistralResponse<TextStream>>> first;
    private final NextRound next;
    private final ReactiveExecutor reactiveExecutor;

    /**
     * @param first sends the first round (its future completes on the completion pool, as every call's does)
     * @param next  sends each further round, waited for by the reading thread
     * @param reactiveExecutor the CamelContext's, whose work queued on the reading thread runs while it waits for
     *                         the tools (see {@link ReactiveWaits})
     */
    public StreamingToolLoop(ToolLoop loop,
                             Function<List<ChatMessage>, CompletableFuture<MistralResponse<TextStream>>> first,
                             NextRound next, ReactiveExecutor reactiveExecutor) {
        this.loop = loop;
        this.first = first;
        this.next = next;
        this.reactiveExecutor = reactiveExecutor;
    }

    /** The stream of all the rounds, once the first one has started; {@code whenDone} is told at its end. */
    public CompletableFuture<MistralResponse<TextStream>> run(Consumer<ToolLoop.Outcome> whenDone) {
        return first.apply(loop.conversation()).thenApply(answer -> {
            TextStream stream = answer.body();
            stream.continueWith(new Rounds(stream));
            stream.whenEnded(result -> whenDone.accept(loop.outcome(null)));
            return answer;
        });
    }

    /** Opens the next round when one ends with tool calls. */
    private final class Rounds implements TextStream.Continuation {

        private final TextStream stream;
        /** Where the round being read starts in the stream's whole text. */
        private int roundStart;

        Rounds(TextStream stream) {
            this.stream = stream;
        }

        @Override
        public TextStream next(StreamResult round) throws Exception {
            if (!(stream.decoder() instanceof ChatStreamDecoder decoder)) {
                throw new IllegalStateException("a streamed tool loop needs chat completion streams, but got "
                                                + stream.decoder().getClass().getName());
            }
            // the stream keeps the whole text: the round's own is its end, so the decoder need not keep a copy
            String roundText = round.text().substring(roundStart);
            roundStart = round.text().length();
            if (!ReactiveWaits.join(reactiveExecutor, loop.answered(decoder.message(roundText), round.usage()))) {
                return null;
            }
            return next.send(loop.conversation()).body();
        }

        @Override
        public StreamResult result(StreamResult last) {
            return new StreamResult(last.text(), last.finishReason(), loop.usage(), last.model(), last.id());
        }
    }
}
