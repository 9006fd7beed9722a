package io.github.camelmistral;


import io.github.camelmistral.api.MistralApi;
import io.github.camelmistral.consumer.Triggers;
import io.github.camelmistral.producer.AgentProducer;
import io.github.camelmistral.producer.AnalyzeImageProducer;
import io.github.camelmistral.producer.ApiRequestProducer;
import io.github.camelmistral.producer.BatchJobProducer;
import io.github.camelmistral.producer.ChatProducer;
import io.github.camelmistral.producer.ClassificationProducer;
import io.github.camelmistral.producer.ConversationProducer;
import io.github.camelmistral.producer.EmbeddingsProducer;
import io.github.camelmistral.producer.FileProducer;
import io.github.camelmistral.producer.FimProducer;
import io.github.camelmistral.producer.FineTuningJobProducer;
import io.github.camelmistral.producer.LibraryDocumentProducer;
import io.github.camelmistral.producer.LibraryProducer;
import io.github.camelmistral.producer.ModelProducer;
import io.github.camelmistral.producer.ModerationProducer;
import io.github.camelmistral.producer.OcrProducer;
import io.github.camelmistral.producer.SpeechProducer;
import io.github.camelmistral.producer.TranscriptionProducer;
import io.github.camelmistral.producer.VoiceProducer;
import io.github.camelmistral.tools.ToolConsumer;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.ObjectHelper;

/**
 * Mistral AI: chat, vision, embeddings, OCR, moderation, transcription, files, batch and fine-tuning jobs of the
 * Mistral AI API, as actions and as triggers.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "mistral", title = "Mistral AI", syntax = "mistral:api",
             category = { Category.AI }, headersClass = MistralConstants.class)
public class MistralEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(description = "The API group to call.")
    @Metadata(required = true)
    private final MistralApiName api;
    @UriParam
    private MistralConfiguration configuration;

    // re-declared to document the triggers' own default: Camel's scheduled polling defaults to 500 ms
    @UriParam(label = "consumer,scheduler", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Milliseconds (or a duration such as `30s`) between the end of one poll of a polling "
                            + "trigger and the start of the next. Mistral jobs take minutes, and each poll costs "
                            + "requests, so the default is 30 seconds.")
    private long delay = 30_000;

    private volatile MistralApi mistralApi;

    public MistralEndpoint(String uri, MistralComponent component, MistralApiName api, MistralConfiguration configuration) {
        super(uri, component);
        this.api = api;
        this.configuration = configuration;
        setDelay(delay);
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (api) {
            case chat -> new ChatProducer(this);
            case analyzeImage -> new AnalyzeImageProducer(this);
            case fim -> new FimProducer(this);
            case agent -> new AgentProducer(this);
            case embeddings -> new EmbeddingsProducer(this);
            case ocr -> new OcrProducer(this);
            case moderation -> new ModerationProducer(this);
            case classification -> new ClassificationProducer(this);
            case fineTuningJob -> new FineTuningJobProducer(this);
            case batchJob -> new BatchJobProducer(this);
            case transcription -> new TranscriptionProducer(this);
            case model -> new ModelProducer(this);
            case file -> new FileProducer(this);
            case conversation -> new ConversationProducer(this);
            case library -> new LibraryProducer(this);
            case libraryDocument -> new LibraryDocumentProducer(this);
            case speech -> new SpeechProducer(this);
            case voice -> new VoiceProducer(this);
            case apiRequest -> new ApiRequestProducer(this);
            case tool -> throw new IllegalArgumentException("mistral:tool is a route the model calls: use it in from(), "
                                                            + "and name it in the tools option of mistral:chat");
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = api == MistralApiName.tool ? new ToolConsumer(this, processor) : Triggers.create(this, processor);
        configureConsumer(consumer);
        return consumer;
    }


    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // routes that Camel sets up while the context is still initializing start their endpoints before the
        // components: the transport must exist first (starting a started service does nothing)
        ServiceHelper.startService(getComponent());
        mistralApi = new MistralApi(getComponent().newClient(configuration));
    }

    @Override
    protected void doStop() throws Exception {
        mistralApi = null;
        super.doStop();
    }

    /** The Mistral API as this endpoint calls it (base URL, key, timeouts); there while the endpoint is started. */
    public MistralApi getMistralApi() {
        MistralApi current = mistralApi;
        if (current == null) {
            throw new IllegalStateException(getEndpointUri() + " is not started");
        }
        return current;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        String baseUrl = configuration.getBaseUrl();
        return baseUrl != null && baseUrl.regionMatches(true, 0, "https:", 0, 6) ? "https" : "http";
    }

    @Override
    public MistralComponent getComponent() {
        return (MistralComponent) super.getComponent();
    }

    @Override
    public void setDelay(long delay) {
        this.delay = delay;
        super.setDelay(delay);
    }

    public MistralApiName getApi() {
        return api;
    }

    public MistralConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MistralConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The model for a call: header, then option, then the API group's default. */
    public String defaultModel() {
        return configuration.getModel() != null ? configuration.getModel() : api.defaultModel();
    }
}
