package io.github.camelmistral.producer;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.batch.BatchJob;
import io.github.camelmistral.api.batch.BatchJobFilter;
import io.github.camelmistral.api.batch.BatchJobRequest;
import io.github.camelmistral.api.batch.BatchJobsApi;
import io.github.camelmistral.api.batch.BatchResultsFormat;
import io.github.camelmistral.api.batch.InlineBatch;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:batchJob}: create, list, get and cancel batch jobs, and read their results. Every operation but list
 * and results returns a {@link BatchJob}; list returns a {@code List<BatchJob>}; results returns the lines of the
 * output and error files as {@code BatchResult}s (see {@link BatchResultsFormat}).
 */
public class BatchJobProducer extends JobProducer<BatchJob> {

    /** The operations of {@code mistral:batchJob}. */
    public enum Operation {
        create, list, get, cancel, results
    }

    public BatchJobProducer(MistralEndpoint endpoint) {
        super(endpoint, BatchJob.class);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case create -> sendForJob(exchange, api().batchJobs().create(request(exchange)));
            case list -> listJobs(exchange, api().batchJobs().list(filter(exchange)));
            case get -> sendForJob(exchange, api().batchJobs().get(jobId(exchange, "get")));
            case cancel -> sendForJob(exchange, api().batchJobs().cancel(jobId(exchange, "cancel")));
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
        return BatchJobsApi.checkedEndpoint(action(), config().batchEndpointOrEndpoint());
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

    private BatchJobFilter filter(Exchange exchange) {
        String orderBy = config().getOrderBy();
        if (orderBy != null && !orderBy.equals("created") && !orderBy.equals("-created")) {
            throw new IllegalArgumentException(action() + " list: orderBy is created (oldest first) or -created "
                                               + "(newest first), but is '" + orderBy + "'");
        }
        return new BatchJobFilter(model(exchange), config().getAgentId(),
                MistralConfiguration.listOf(config().getStatus()), createdAfter(exchange), config().getCreatedByMe(),
                orderBy == null ? null : orderBy.equals("-created"));
    }

    /**
     * Reads the job, then its output and error files. The body becomes the results in the {@code resultsFormat} shape;
     * the job goes to the {@code CamelMistralResponse} header.
     */
    private CompletionStage<?> results(Exchange exchange) {
        String id = jobId(exchange, "results");
        BatchResultsFormat format = BatchResultsFormat.of(action(), config().getResultsFormat());
        return api().batchJobs().get(id)
                .thenCompose(answer -> {
                    BatchJob job = answer.body();
                    if (!BatchJobsApi.hasResultFiles(job) && !job.isTerminal()) {
                        throw new CompletionException(new IllegalStateException(
                                action() + " results: batch job " + job.id() + " has no output or error file yet (status "
                                + job.status() + "); ask for results once it has finished"));
                    }
                    return api().batchJobs().results(job, format).thenAccept(results -> {
                        ExchangeResources.closeWhenDone(exchange, results);
                        Message message = exchange.getMessage();
                        message.setBody(results);
                        writeJobHeaders(message, answer, job);
                    });
                });
    }


}
