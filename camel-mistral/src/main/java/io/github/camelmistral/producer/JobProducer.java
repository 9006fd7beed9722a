package io.github.camelmistral.producer;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralJob;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.PagedList;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What the batch and fine-tuning job actions share on top of {@link ResourceProducer}: finding the job id, answering
 * with a job plus its id and status headers, the {@code created_after} filter, and typed requests from {@code Map}s.
 *
 * @param <J> the job record of the API group
 */
abstract class JobProducer<J extends MistralJob> extends ResourceProducer {

    private final Class<J> jobType;

    JobProducer(MistralEndpoint endpoint, Class<J> jobType) {
        super(endpoint);
        this.jobType = jobType;
    }

    /**
     * The job an operation works on: the {@code CamelMistralJobId} header, else the {@code jobId} option, else the id
     * of a job in the body (so the output of create, list + split, or a trigger can be passed straight on).
     */
    protected String jobId(Exchange exchange, String operation) {
        return requiredId(exchange, MistralConstants.JOB_ID, config().getJobId(), "jobId", operation, jobType,
                MistralJob::id);
    }

    /** A call the API answers with one job, which becomes the body. */
    protected CompletionStage<?> sendForJob(Exchange exchange, CompletableFuture<MistralResponse<J>> call) {
        return call.thenAccept(answer -> {
            Message message = exchange.getMessage();
            message.setBody(answer.body());
            writeJobHeaders(message, answer, answer.body());
        });
    }

    /** The typed answer and request id, plus the job's id and status so that the next step or a {@code choice()} can use them. */
    protected void writeJobHeaders(Message message, MistralResponse<?> answer, J job) {
        writeResponseHeaders(message, answer, job.id(), null);
        message.setHeader(MistralConstants.JOB_ID, job.id());
        message.setHeader(MistralConstants.JOB_STATUS, job.status());
    }

    /** Lists jobs one page or all pages at a time (see {@link ResourceProducer#list}). */
    protected CompletionStage<?> listJobs(Exchange exchange, PagedList<J> listing) {
        return list(exchange, listing, MistralJob::id);
    }

    /** The {@code created_after} filter: header, then option, as the ISO-8601 instant the API expects. */
    protected String createdAfter(Exchange exchange) {
        Object raw = exchange.getMessage().getHeader(MistralConstants.CREATED_AFTER);
        return raw != null
                ? IsoInstants.format(MistralConstants.CREATED_AFTER + " header", raw)
                : IsoInstants.format("createdAfter option", config().getCreatedAfter());
    }

    /**
     * A typed request from a {@code Map} body, refusing keys the request does not have: a misspelt field would
     * otherwise be dropped without a word.
     */
    protected <R> R requestFromMap(Map<?, ?> body, Class<R> requestType) {
        try {
            return MistralJson.mapper().readerFor(requestType)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue((JsonNode) MistralJson.mapper().valueToTree(body));
        } catch (Exception e) {
            throw new IllegalArgumentException(action() + " cannot read the Map body as a " + requestType.getSimpleName()
                                               + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
