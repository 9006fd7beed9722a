package io.github.camelmistral.producer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.finetuning.FineTuningJob;
import io.github.camelmistral.api.finetuning.FineTuningJobFilter;
import io.github.camelmistral.api.finetuning.FineTuningJobRequest;
import io.github.camelmistral.api.finetuning.Hyperparameters;
import io.github.camelmistral.api.finetuning.TrainingFile;
import org.apache.camel.Exchange;

/**
 * {@code mistral:fineTuningJob}: create, list, get, cancel and start fine-tuning jobs. Every operation but list
 * returns a {@link FineTuningJob} (get, cancel and start in the detailed form, with events and checkpoints); list
 * returns a {@code List<FineTuningJob>}; a dry-run create returns a {@link FineTuningJobEstimate}.
 */
public class FineTuningJobProducer extends JobProducer<FineTuningJob> {

    /** The operations of {@code mistral:fineTuningJob}. */
    public enum Operation {
        create, list, get, cancel, start
    }

    public FineTuningJobProducer(MistralEndpoint endpoint) {
        super(endpoint, FineTuningJob.class);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case create -> create(exchange);
            case list -> listJobs(exchange, api().fineTuningJobs().list(filter(exchange)));
            case get -> sendForJob(exchange, api().fineTuningJobs().get(jobId(exchange, "get")));
            case cancel -> sendForJob(exchange, api().fineTuningJobs().cancel(jobId(exchange, "cancel")));
            case start -> sendForJob(exchange, api().fineTuningJobs().start(jobId(exchange, "start")));
        };
    }

    private CompletionStage<?> create(Exchange exchange) {
        FineTuningJobRequest request = request(exchange);
        if (!config().isDryRun()) {
            return sendForJob(exchange, api().fineTuningJobs().create(request));
        }
        return callForBody(exchange, api().fineTuningJobs().estimate(request));
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
                .suffix(option(exchange, MistralConstants.SUFFIX, String.class, config.modelSuffixOrSuffix()))
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

    private FineTuningJobFilter filter(Exchange exchange) {
        String status = config().getStatus();
        if (status != null && status.contains(",")) {
            throw new IllegalArgumentException(action() + " list filters on a single status, but status is '" + status
                                               + "'; list once per status (batch job lists take several)");
        }
        return new FineTuningJobFilter(model(exchange), status == null || status.isBlank() ? null : status.strip(),
                createdAfter(exchange), IsoInstants.format("createdBefore option", config().getCreatedBefore()),
                config().getCreatedByMe(), option(exchange, MistralConstants.SUFFIX, String.class, config().modelSuffixOrSuffix()));
    }


}
