package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.embeddings.EmbeddingRequest;
import io.github.camelmistral.api.embeddings.EmbeddingResponse;
import io.github.camelmistral.api.embeddings.EmbeddingsApi;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:embeddings}: a {@code String} gives one vector ({@code List<Float>}, a read-only
 * {@link io.github.camelmistral.api.embeddings.FloatVector}); a {@code List<String>} gives one vector per input, in
 * input order. Lists larger than {@code embeddingsBatchSize} are split into several requests, at
 * most {@code embeddingsMaxConcurrentRequests} in flight, and reassembled by the {@code index} the API returns.
 */
public class EmbeddingsProducer extends MistralProducer {

    private static final String ACTION = "mistral:embeddings";

    public EmbeddingsProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (config().getEmbeddingsBatchSize() < 1 || config().getEmbeddingsMaxConcurrentRequests() < 1) {
            throw new IllegalArgumentException(ACTION + ": embeddingsBatchSize and embeddingsMaxConcurrentRequests must be "
                                               + "at least 1");
        }
        String encoding = config().getEncodingFormat();
        if (encoding != null && !encoding.equals("float") && !encoding.equals("base64")) {
            throw new IllegalArgumentException(ACTION + ": encodingFormat must be float or base64, but is '" + encoding + "'");
        }
        if ("base64".equals(encoding) && config().getOutputDtype() != null && !config().getOutputDtype().equals("float")) {
            // the base64 form is read as float32s; what it holds for the integer and bit-packed types is unspecified
            throw new IllegalArgumentException(ACTION + ": encodingFormat=base64 goes with outputDtype=float only, but "
                                               + "outputDtype is '" + config().getOutputDtype() + "'");
        }
    }

    @Override
    protected CompletableFuture<?> send(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        String model = model(exchange);
        Map<String, Object> metadata = RequestMetadata.of(ACTION, exchange, config());
        if (body instanceof CharSequence text) {
            return embed(model, List.of(text.toString()), metadata)
                    .thenAccept(answer -> {
                        Message message = exchange.getMessage();
                        message.setBody(EmbeddingsApi.vectors(answer, 1).get(0));
                        writeHeaders(message, List.of(answer));
                    });
        }
        List<String> inputs = inputs(body);
        if (inputs.isEmpty()) {
            exchange.getMessage().setBody(List.of());
            return CompletableFuture.completedFuture(null);
        }
        return new BatchedEmbedding(model, inputs, metadata).run()
                .thenAccept(result -> {
                    Message message = exchange.getMessage();
                    message.setBody(result.vectors());
                    writeHeaders(message, result.responses());
                });
    }

    private static List<String> inputs(Object body) {
        Collection<?> items;
        if (body instanceof Collection<?> collection) {
            items = collection;
        } else if (body instanceof String[] array) {
            items = Arrays.asList(array);
        } else {
            throw new IllegalArgumentException(ACTION + " expects the body to be a String or a List<String>, but got "
                                               + (body == null ? "no body" : body.getClass().getName()));
        }
        List<String> inputs = new ArrayList<>(items.size());
        int i = 0;
        for (Object item : items) {
            if (!(item instanceof CharSequence text)) {
                throw new IllegalArgumentException(ACTION + " expects a List<String>, but element " + i + " is "
                                                   + (item == null ? "null" : item.getClass().getName()));
            }
            inputs.add(text.toString());
            i++;
        }
        return inputs;
    }

    private CompletableFuture<MistralResponse<EmbeddingResponse>> embed(String model, List<String> inputs,
                                                                       Map<String, Object> metadata) {
        EmbeddingRequest request = new EmbeddingRequest(model, inputs, config().getOutputDimension(),
                config().getOutputDtype(), metadata, config().getEncodingFormat());
        return api().embeddings().create(request);
    }

    private static void writeHeaders(Message message, List<MistralResponse<EmbeddingResponse>> answers) {
        int prompt = 0;
        int total = 0;
        for (MistralResponse<EmbeddingResponse> answer : answers) {
            Usage usage = answer.body().usage();
            if (usage != null) {
                prompt += usage.promptTokens() != null ? usage.promptTokens() : 0;
                total += usage.totalTokens() != null ? usage.totalTokens() : 0;
            }
        }
        MistralResponse<EmbeddingResponse> first = answers.get(0);
        message.setHeader(MistralConstants.PROMPT_TOKENS, prompt);
        message.setHeader(MistralConstants.TOTAL_TOKENS, total);
        writeResponseHeaders(message, first, first.body().id(), first.body().model());
        if (answers.size() > 1) {
            message.setHeader(MistralConstants.RESPONSE, answers.stream().map(MistralResponse::body).toList());
        }
    }

    private record Result(List<List<Float>> vectors, List<MistralResponse<EmbeddingResponse>> responses) {
    }

    /** Sends the batches of one list with bounded concurrency; the first failure fails the whole list. */
    private final class BatchedEmbedding {
        private final String model;
        private final List<String> inputs;
        private final Map<String, Object> metadata;
        private final int batchSize = config().getEmbeddingsBatchSize();
        private final int batches;
        private final AtomicInteger nextBatch = new AtomicInteger();
        private final AtomicInteger pending;
        private final AtomicReferenceArray<MistralResponse<EmbeddingResponse>> responses;
        private final List<List<Float>> vectors;
        private final CompletableFuture<Result> result = new CompletableFuture<>();

        BatchedEmbedding(String model, List<String> inputs, Map<String, Object> metadata) {
            this.model = model;
            this.inputs = inputs;
            this.metadata = metadata;
            this.batches = (inputs.size() + batchSize - 1) / batchSize;
            this.pending = new AtomicInteger(batches);
            this.responses = new AtomicReferenceArray<>(batches);
            this.vectors = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(inputs.size(), null)));
        }

        CompletableFuture<Result> run() {
            int parallel = Math.min(batches, config().getEmbeddingsMaxConcurrentRequests());
            for (int i = 0; i < parallel; i++) {
                sendNext();
            }
            return result;
        }

        private void sendNext() {
            int batch = nextBatch.getAndIncrement();
            if (batch >= batches || result.isDone()) {
                return;
            }
            int from = batch * batchSize;
            List<String> slice = inputs.subList(from, Math.min(inputs.size(), from + batchSize));
            embed(model, slice, metadata).whenComplete((answer, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                    return;
                }
                try {
                    List<List<Float>> sliceVectors = EmbeddingsApi.vectors(answer, slice.size());
                    for (int i = 0; i < sliceVectors.size(); i++) {
                        vectors.set(from + i, sliceVectors.get(i));
                    }
                    responses.set(batch, answer);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                    return;
                }
                if (pending.decrementAndGet() == 0) {
                    List<MistralResponse<EmbeddingResponse>> all = new ArrayList<>(batches);
                    for (int i = 0; i < batches; i++) {
                        all.add(responses.get(i));
                    }
                    result.complete(new Result(new ArrayList<>(vectors), all));
                } else {
                    sendNext();
                }
            });
        }
    }
}
