package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.model.finetuning.FineTuningJob;
import io.github.camelmistral.api.model.finetuning.FineTuningJobEstimate;
import io.github.camelmistral.api.model.finetuning.FineTuningJobRequest;
import io.github.camelmistral.api.model.finetuning.Hyperparameters;
import io.github.camelmistral.api.model.finetuning.TrainingFile;
import org.apache.camel.Exchange;

/**
 * {@code mistral:fineTuningJob}: create, list, get, cancel and start fine-tuning jobs. Every operation but list
 * returns a {@link FineTuningJob} (get, cancel and start in the detailed form, with events and checkpoints); list
 * returns a {@code List<FineTuningJob>}; a dry-run create returns a {@link FineTuningJobEstimate}.
 */
public class FineTuningJobProducer extends JobProducer<FineTuningJob> {

    /** The operations of {@code mistral:fineTuningJob}. */
    public enum Operation {
        create,
        list,
        get,
        cancel,
        start
    }

    static final String JOBS = "/v1/fine_tuning/jobs";

    public FineTuningJobProducer(MistralEndpoint endpoint) {
        super(endpoint, FineTuningJob.class);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case create -> create(exchange);
            case list -> listJobs(exchange, JOBS, filters(exchange));
            case get -> sendForJob(exchange, ApiCall.get(ApiPaths.resource(JOBS, jobId(exchange, "get"))));
            case cancel -> sendForJob(exchange, ApiCall.post(ApiPaths.resource(JOBS, jobId(exchange, "cancel"), "cancel"), null));
            case start -> sendForJob(exchange, ApiCall.post(ApiPaths.resource(JOBS, jobId(exchange, "start"), "start"), null));
        };
    }

    private CompletionStage<?> create(Exchange exchange) {
        FineTuningJobRequest request = request(exchange);
        if (!config().isDryRun()) {
            return sendForJob(exchange, ApiCall.post(JOBS, request));
        }
        ApiCall dryRun = new ApiCall("POST", JOBS, Map.of("dry_run", List.of("true")), request);
        return call(dryRun, FineTuningJobEstimate.class)
                .thenAccept(answer -> {
                    exchange.getMessage().setBody(answer.body());
                    writeResponseHeaders(exchange.getMessage(), answer, null, null);
                });
    }

    /** The request in the body (typed or a Map), else one built from the options; checked before anything is sent. */
    private FineTuningJobRequest request(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        FineTuningJobRequest request;
        if (body instanceof FineTuningJobRequest typed) {
            request = typed;
        } else if (body instanceof Map<?, ?> map) {
            request = requestFromMap(map, FineTuningJobRequest.class);
        } else {
            request = fromOptions(exchange);
        }
        if (request.model() == null) {
            request = request.toBuilder().model(model(exchange)).build();
        }
        if (request.model() == null || request.model().isBlank()) {
            throw new IllegalArgumentException(action() + " create needs the base model: set the model option or the "
                                               + MistralConstants.MODEL + " header, e.g. open-mistral-nemo");
        }
        if (request.hyperparameters() == null) {
            request = request.toBuilder().build();
        }
        if (request.suffix() != null && request.suffix().length() > FineTuningJobRequest.MAX_SUFFIX_LENGTH) {
            throw new IllegalArgumentException(action() + " create: the suffix may have at most "
                                               + FineTuningJobRequest.MAX_SUFFIX_LENGTH + " characters, but '"
                                               + request.suffix() + "' has " + request.suffix().length());
        }
        return request;
    }

    private FineTuningJobRequest fromOptions(Exchange exchange) {
        MistralConfiguration config = config();
        return FineTuningJobRequest.builder()
                .trainingFiles(trainingFiles(exchange))
                .validationFiles(MistralConfiguration.listOf(config.getValidationFiles()))
                .suffix(option(exchange, MistralConstants.SUFFIX, String.class, config.getSuffix()))
                .autoStart(config.getAutoStart())
                .hyperparameters(new Hyperparameters(config.getTrainingSteps(), config.getLearningRate(),
                        config.getWeightDecay(), config.getWarmupFraction(), config.getEpochs(), config.getSeqLen(),
                        config.getFimRatio()))
                .build();
    }

    /**
     * The {@code trainingFiles} option ({@code id} or {@code id:weight}, comma separated), else the single file of
     * the {@code CamelMistralFileId} header or {@code fileId} option, e.g. the one just uploaded.
     */
    private List<TrainingFile> trainingFiles(Exchange exchange) {
        List<String> entries = MistralConfiguration.listOf(config().getTrainingFiles());
        if (entries == null) {
            String fileId = option(exchange, MistralConstants.FILE_ID, String.class, config().getFileId());
            return fileId == null || fileId.isBlank() ? null : List.of(TrainingFile.of(fileId));
        }
        return entries.stream().map(this::trainingFile).toList();
    }

    private TrainingFile trainingFile(String entry) {
        int colon = entry.lastIndexOf(':');
        if (colon < 0) {
            return TrainingFile.of(entry);
        }
        try {
            return new TrainingFile(entry.substring(0, colon).strip(), Double.valueOf(entry.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(action() + " create: trainingFiles entries are fileId or fileId:weight, "
                                               + "but '" + entry + "' has no numeric weight", e);
        }
    }

    private QueryParameters filters(Exchange exchange) {
        String status = config().getStatus();
        if (status != null && status.contains(",")) {
            throw new IllegalArgumentException(action() + " list filters on a single status, but status is '" + status
                                               + "'; list once per status (batch job lists take several)");
        }
        return new QueryParameters()
                .add("model", model(exchange))
                .add("status", status == null || status.isBlank() ? null : status.strip())
                .add("created_after", createdAfter(exchange))
                .add("created_before", IsoInstants.format("createdBefore option", config().getCreatedBefore()))
                .add("created_by_me", config().getCreatedByMe())
                .add("suffix", option(exchange, MistralConstants.SUFFIX, String.class, config().getSuffix()));
    }

    @Override
    protected String idOf(FineTuningJob job) {
        return job.id();
    }

    @Override
    protected String statusOf(FineTuningJob job) {
        return job.status();
    }
}
