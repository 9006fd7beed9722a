package io.github.camelmistral.consumer;

import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralApiName;
import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;

/**
 * The triggers a {@code mistral:} endpoint can be consumed with: which {@code event} values each API group has, and
 * the consumer that serves each.
 */
public final class Triggers {

    /** The {@code eventSource} of the chat trigger that polls the organization's chat completion events. */
    static final String OBSERVABILITY = "observability";

    private static final List<String> JOB_EVENTS = List.of("created", "succeeded", "failed", "cancelled", "statusChanged");

    private Triggers() {
    }

    /** The {@code event} values of each API group that has triggers, by group name. */
    public static Map<String, List<String>> events() {
        return Map.of("batchJob", JOB_EVENTS, "fineTuningJob", JOB_EVENTS, "file", List.of("uploaded", "deleted"),
                "model", List.of("deleted", "created"), "chat", List.of("created"),
                "fim", List.of("created"), "agent", List.of("created"), "embeddings", List.of("generated"),
                "ocr", List.of("completed"), "libraryDocument", List.of("processed", "failed"));
    }

    /** The consumer of {@code endpoint}'s API group and {@code event} option, or a specific error when there is none. */
    public static Consumer create(MistralEndpoint endpoint, Processor processor) {
        MistralApiName api = endpoint.getApi();
        List<String> events = events().get(api.name());
        if (events == null) {
            throw new IllegalArgumentException("mistral:" + api + " has no trigger, so it cannot start a route; the "
                                               + "APIs with triggers and their events are " + events());
        }
        String event = endpoint.getConfiguration().getEvent();
        if (event == null || !events.contains(event)) {
            throw new IllegalArgumentException("mistral:" + api + " as a trigger needs the event option set to one of "
                                               + events + (event == null ? "" : ", but it is '" + event + "'"));
        }
        if (!"now".equals(endpoint.getConfiguration().getStartFrom())
            && !"beginning".equals(endpoint.getConfiguration().getStartFrom())) {
            throw new IllegalArgumentException("mistral:" + api + ": startFrom is now or beginning, but is '"
                                               + endpoint.getConfiguration().getStartFrom() + "'");
        }
        MistralConfiguration config = endpoint.getConfiguration();
        String source = api == MistralApiName.chat ? config.eventSources()
                : config.getEventSource() != null ? config.getEventSource()
                : OBSERVABILITY.equals(config.fileSources()) ? OBSERVABILITY : null;
        if (source != null && api != MistralApiName.chat) {
            throw new IllegalArgumentException("mistral:" + api + ": source=observability exists for the chat trigger "
                                               + "only (mistral:chat?event=created&eventSource=observability)");
        }
        if (api == MistralApiName.chat && source != null && !OBSERVABILITY.equals(source)) {
            throw new IllegalArgumentException("mistral:chat?event=created: the completion source is observability (the "
                                               + "completions of the whole organization) or not set (those of this "
                                               + "CamelContext), but eventSource is '" + source + "'");
        }
        return switch (api) {
            case batchJob -> new BatchJobTriggerConsumer(endpoint, processor);
            case fineTuningJob -> new FineTuningJobTriggerConsumer(endpoint, processor);
            case file -> new FileTriggerConsumer(endpoint, processor);
            case model -> new ModelTriggerConsumer(endpoint, processor);
            case chat -> OBSERVABILITY.equals(source)
                    ? new ObservabilityTriggerConsumer(endpoint, processor)
                    : new CompletionTriggerConsumer(endpoint, processor, "chat_completion.created");
            case fim -> new CompletionTriggerConsumer(endpoint, processor, "fim_completion.created");
            case agent -> new CompletionTriggerConsumer(endpoint, processor, "agent_completion.created");
            case embeddings -> new CompletionTriggerConsumer(endpoint, processor, "embeddings.generated");
            case ocr -> new CompletionTriggerConsumer(endpoint, processor, "ocr.completed");
            case libraryDocument -> new LibraryDocumentTriggerConsumer(endpoint, processor);
            default -> throw new IllegalStateException("no consumer for mistral:" + api + "?event=" + event);
        };
    }
}
