package io.github.camelmistral.producer;

import java.io.Closeable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.model.batch.BatchJob;
import io.github.camelmistral.api.model.batch.BatchJobRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

/**
 * {@code mistral:batchJob}: create, list, get and cancel batch jobs, and read their results. Every operation but list
 * and results returns a {@link BatchJob}; list returns a {@code List<BatchJob>}; results returns the lines of the
 * output and error files as {@code BatchResult}s (see {@link BatchResultsFormat}).
 */
public class BatchJobProducer extends JobProducer<BatchJob> {

    /** The operations of {@code mistral:batchJob}. */
    public enum Operation {
        create,
        list,
        get,
        cancel,
        results
    }

    static final String JOBS = "/v1/batch/jobs";

    public BatchJobProducer(MistralEndpoint endpoint) {
        super(endpoint, BatchJob.class);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case create -> sendForJob(exchange, ApiCall.post(JOBS, request(exchange)));
            case list -> listJobs(exchange, JOBS, filters(exchange));
            case get -> sendForJob(exchange, ApiCall.get(ApiPaths.resource(JOBS, jobId(exchange, "get"))));
            case cancel -> sendForJob(exchange, ApiCall.post(ApiPaths.resource(JOBS, jobId(exchange, "cancel"), "cancel"), null));
            case results -> results(exchange);
        };
    }

    /**
     * The job to create: a typed or {@code Map} request in the body, inline requests from a {@code List} body, or the
     * uploaded files of the {@code inputFiles} option (else the {@code CamelMistralFileId} header / {@code fileId}
     * option). Options fill in what a body request leaves unset.
     */
    private BatchJobRequest request(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        BatchJobRequest request;
        if (body instanceof Collection<?> || body instanceof Object[]) {
            Collection<?> items = body instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) body;
            request = BatchJobRequest.inline(endpoint(), InlineBatch.requests(action(), items, endpoint()));
        } else if (body instanceof BatchJobRequest || body instanceof Map<?, ?>) {
            request = checked(body instanceof BatchJobRequest typed ? typed
                    : requestFromMap((Map<?, ?>) body, BatchJobRequest.class));
        } else {
            request = BatchJobRequest.ofFiles(endpoint(), inputFiles(exchange));
        }
        boolean hasFiles = request.inputFiles() != null && !request.inputFiles().isEmpty();
        if (hasFiles == (request.requests() != null)) {
            throw new IllegalArgumentException(action() + " create needs exactly one input: a List of request bodies "
                                               + "as the body (inline batch), or uploaded JSONL files in the inputFiles "
                                               + "option or the " + MistralConstants.FILE_ID + " header");
        }
        return withOptions(exchange, request);
    }

    /** A request built by the route author, with the endpoint filled in and its inline requests checked as a List's. */
    private BatchJobRequest checked(BatchJobRequest request) {
        if (request.endpoint() == null) {
            request = request.withEndpoint(endpoint());
        }
        if (request.requests() == null) {
            return request;
        }
        return new BatchJobRequest(request.inputFiles(),
                InlineBatch.requests(action(), request.requests(), request.endpoint()), request.endpoint(),
                request.model(), request.agentId(), request.metadata(), request.timeoutHours());
    }

    /** Fills in from the options (and headers) what the request leaves unset. */
    private BatchJobRequest withOptions(Exchange exchange, BatchJobRequest request) {
        if (request.model() == null) {
            request = request.withModel(model(exchange));
        }
        if (request.agentId() == null) {
            request = request.withAgentId(config().getAgentId());
        }
        if (request.metadata() == null) {
            request = request.withMetadata(BatchMetadata.of(action(), metadataSource(exchange)));
        }
        if (request.timeoutHours() == null) {
            request = request.withTimeoutHours(config().getTimeoutHours());
        }
        return request;
    }

    private String endpoint() {
        String endpoint = config().getEndpoint();
        if (endpoint == null || !endpoint.startsWith("/v1/")) {
            throw new IllegalArgumentException(action() + " create: the endpoint option names the API the batch runs "
                                               + "against, e.g. /v1/chat/completions or /v1/embeddings, but is '"
                                               + endpoint + "'");
        }
        return endpoint;
    }

    private List<String> inputFiles(Exchange exchange) {
        List<String> files = MistralConfiguration.listOf(config().getInputFiles());
        if (files != null) {
            return files;
        }
        String fileId = option(exchange, MistralConstants.FILE_ID, String.class, config().getFileId());
        return fileId == null || fileId.isBlank() ? null : List.of(fileId);
    }

    private Object metadataSource(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(MistralConstants.METADATA);
        return header != null ? header : config().getMetadata();
    }

    private QueryParameters filters(Exchange exchange) {
        String orderBy = config().getOrderBy();
        if (orderBy != null && !orderBy.equals("created") && !orderBy.equals("-created")) {
            throw new IllegalArgumentException(action() + " list: orderBy is created (oldest first) or -created "
                                               + "(newest first), but is '" + orderBy + "'");
        }
        return new QueryParameters()
                .add("model", model(exchange))
                .add("agent_id", config().getAgentId())
                .add("status", MistralConfiguration.listOf(config().getStatus()))
                .add("created_after", createdAfter(exchange))
                .add("created_by_me", config().getCreatedByMe())
                .add("order_by", orderBy);
    }

    /**
     * Reads the job, then its output and error files. The body becomes the results in the {@code resultsFormat} shape;
     * the job goes to the {@code CamelMistralResponse} header.
     */
    private CompletionStage<?> results(Exchange exchange) {
        String id = jobId(exchange, "results");
        BatchResultsFormat format = BatchResultsFormat.of(action(), config().getResultsFormat());
        return call(ApiCall.get(ApiPaths.resource(JOBS, id)), BatchJob.class)
                .thenCompose(answer -> {
                    BatchJob job = answer.body();
                    BatchResultFiles files = new BatchResultFiles(client(), job);
                    if (files.isEmpty() && !job.isTerminal()) {
                        throw new CompletionException(new IllegalStateException(
                                action() + " results: batch job " + job.id() + " has no output or error file yet (status "
                                + job.status() + "); ask for results once it has finished"));
                    }
                    return files.read(format).thenAccept(results -> {
                        if (results instanceof Closeable streaming) {
                            // an iterator left unread would hold its download's connection until requestTimeout
                            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                                @Override
                                public void onDone(Exchange done) {
                                    IOHelper.close(streaming);
                                }
                            });
                        }
                        Message message = exchange.getMessage();
                        message.setBody(results);
                        writeJobHeaders(message, answer, job);
                    });
                });
    }

    @Override
    protected String idOf(BatchJob job) {
        return job.id();
    }

    @Override
    protected String statusOf(BatchJob job) {
        return job.status();
    }
}
