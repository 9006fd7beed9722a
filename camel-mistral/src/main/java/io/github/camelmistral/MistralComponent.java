package io.github.camelmistral;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.github.camelmistral.api.MistralHttpTransport;
import io.github.camelmistral.event.CompletionEventBus;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code mistral:} component: creates endpoints and owns the HTTP transport they share.
 */
@Component("mistral")
public class MistralComponent extends HealthCheckComponent {

    /** The environment variable consulted when no {@code apiKey} is configured. */
    public static final String API_KEY_ENV = "MISTRAL_API_KEY";

    @Metadata(description = "The component configuration: defaults for every endpoint.")
    private MistralConfiguration configuration = new MistralConfiguration();
    @Metadata(label = "advanced", defaultValue = "100",
              description = "The most HTTP connections the component keeps open to the API. Calls beyond this wait in "
                            + "a queue without holding a thread.")
    private int maxConnections = 100;

    private final CompletionEventBus completionEvents =
            new CompletionEventBus();
    private volatile MistralHttpTransport transport;
    private ExecutorService completionExecutor;
    private ExecutorService streamingExecutor;

    public MistralComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (ObjectHelper.isEmpty(remaining)) {
            throw new IllegalArgumentException(
                    "The mistral: URI must name an API, e.g. mistral:chat; one of " + Arrays.toString(MistralApiName.values()));
        }
        MistralApiName api;
        try {
            api = MistralApiName.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown Mistral API '" + remaining + "' in " + URISupport.sanitizeUri(uri)
                                               + "; expected one of " + Arrays.toString(MistralApiName.values()), e);
        }
        MistralEndpoint endpoint = new MistralEndpoint(uri, this, api, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // sized by Camel's default thread pool profile, but with an unbounded queue: a saturated pool must queue
        // completions, not run them on the I/O thread that hands them over (CallerRuns)
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        ThreadPoolProfile profile = executors.getDefaultThreadPoolProfile().clone();
        profile.setId("MistralClient");
        profile.setMaxQueueSize(-1);
        completionExecutor = executors.newThreadPool(this, "MistralClient", profile);
        // one thread per upload in flight, for as long as its body is read: a cached pool, so that large uploads
        // never hold the threads the completions of other calls need
        streamingExecutor = executors.newCachedThreadPool(this, "MistralUpload");
        transport = new MistralHttpTransport(maxConnections, Duration.ofMillis(configuration.getConnectTimeout()),
                completionExecutor, streamingExecutor);
    }

    /** The transport shared by all endpoints; there while the component is started. */
    MistralHttpTransport transport() {
        if (transport == null) {
            throw new IllegalStateException("The mistral component is not started");
        }
        return transport;
    }

    @Override
    protected void doStop() throws Exception {
        if (transport != null) {
            transport.close();
            transport = null;
        }
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        if (completionExecutor != null) {
            executors.shutdown(completionExecutor);
            completionExecutor = null;
        }
        if (streamingExecutor != null) {
            executors.shutdown(streamingExecutor);
            streamingExecutor = null;
        }
        super.doStop();
    }

    /** Where producers publish completed calls for the completion triggers of this CamelContext. */
    public CompletionEventBus completionEvents() {
        return completionEvents;
    }

    public MistralConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MistralConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
