package io.github.camelmistral;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.github.camelmistral.api.ApiKey;
import io.github.camelmistral.api.MistralApi;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralHttpTransport;
import io.github.camelmistral.api.RetryPolicy;
import io.github.camelmistral.api.TransportSettings;
import io.github.camelmistral.event.CompletionEventBus;
import io.github.camelmistral.health.MistralApiHealthCheck;
import io.github.camelmistral.metrics.MistralMetrics;
import io.github.camelmistral.support.BoundedMemoryStateRepository;
import io.github.camelmistral.tools.ToolRegistry;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code mistral:} component: creates endpoints and owns what they share: the HTTP transport (connection pool,
 * proxy, TLS, HTTP version), the client-side limits, metrics and the API health check.
 */
@Component("mistral")
public class MistralComponent extends HealthCheckComponent implements SSLContextParametersAware {

    /** The environment variable consulted when no {@code apiKey} is configured. */
    public static final String API_KEY_ENV = "MISTRAL_API_KEY";
    private static final String ADDITIONAL_HEADERS = "additionalHeaders.";
    private static final String TOOL_PARAMETER = "parameter.";
    /** How many conversations the default chat memory keeps, the least recently used forgotten first. */
    private static final int MEMORY_CONVERSATIONS = 1_000;

    @Metadata(description = "The component configuration: defaults for every endpoint.")
    private MistralConfiguration configuration = new MistralConfiguration();
    @Metadata(label = "advanced", defaultValue = "1000",
              description = "The most HTTP connections the component keeps open to the API. Calls beyond this wait in "
                            + "a queue without holding a thread. Over HTTP/2 each connection carries many calls.")
    private int maxConnections = 1000;
    @Metadata(label = "advanced", defaultValue = "auto", enums = "auto,1.1,2",
              description = "The HTTP version: auto negotiates HTTP/2 by ALPN for https base URLs (the real API speaks "
                            + "h2) and uses HTTP/1.1 for http; 1.1 or 2 force one.")
    private String httpVersion = "auto";
    @Metadata(label = "advanced",
              description = "The most requests per second all endpoints of this component start together (a token "
                            + "bucket holding one second of requests); calls over it wait their turn in order, without "
                            + "holding a thread, and fail when the wait would exceed requestTimeout. Unset: no limit. "
                            + "A second component instance has its own limit.")
    private Double requestsPerSecond;
    @Metadata(label = "advanced",
              description = "The most calls in flight at once across all endpoints of this component; the others "
                            + "wait in order without holding a thread, and fail when the wait would exceed "
                            + "requestTimeout. Unset: no limit.")
    private Integer maxConcurrentRequests;
    @Metadata(label = "proxy", description = "The host of an HTTP proxy to reach the API through (https is tunnelled "
                                             + "with CONNECT).")
    private String proxyHost;
    @Metadata(label = "proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;
    @Metadata(label = "proxy", description = "The user name for the proxy's authentication (Basic).")
    private String proxyUsername;
    @Metadata(label = "proxy", secret = true, description = "The password for the proxy's authentication.")
    private String proxyPassword;
    @Metadata(label = "proxy", description = "Hosts reached without the proxy, separated by |, with * as a wildcard "
                                             + "(as the JVM's http.nonProxyHosts), e.g. localhost|*.internal.")
    private String nonProxyHosts;
    @Metadata(label = "security", description = "TLS configuration (trust store, key store, protocols) with Camel's "
                                                + "SSLContextParameters, e.g. to trust a corporate gateway's certificate.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "health", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long the API health check keeps its last outcome before it calls the API again "
                            + "(GET /v1/models), so that frequent readiness probes cost no quota.")
    private long healthCheckCacheTime = 30_000;

    private final CompletionEventBus completionEvents = new CompletionEventBus();
    private final ToolRegistry tools = new ToolRegistry();
    private final StateRepository<String, String> memory = new BoundedMemoryStateRepository(MEMORY_CONVERSATIONS);
    private volatile MistralHttpTransport transport;
    private ExecutorService completionExecutor;
    private ExecutorService streamingExecutor;
    private ScheduledExecutorService scheduler;
    private MistralMetrics metrics = MistralMetrics.NONE;
    private final Map<String, MistralApiHealthCheck> healthChecks = new ConcurrentHashMap<>();
    private WritableHealthCheckRepository producerChecks;

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
        MistralConfiguration copy = configuration.copy();
        Map<String, Object> headers = PropertiesHelper.extractProperties(parameters, ADDITIONAL_HEADERS);
        if (!headers.isEmpty()) {
            Map<String, String> merged = copy.getAdditionalHeaders() == null
                    ? new LinkedHashMap<>() : copy.getAdditionalHeaders();
            headers.forEach((name, value) -> merged.put(name, String.valueOf(value)));
            copy.setAdditionalHeaders(merged);
        }
        Map<String, Object> toolParameters = PropertiesHelper.extractProperties(parameters, TOOL_PARAMETER);
        if (!toolParameters.isEmpty()) {
            Map<String, String> declared = new LinkedHashMap<>();
            toolParameters.forEach((name, type) -> declared.put(name, String.valueOf(type)));
            copy.setParameter(declared);
        }
        MistralEndpoint endpoint = new MistralEndpoint(uri, this, api, copy);
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
        // only starts async sends when a backoff or a turn under the limits is over: one thread is plenty
        scheduler = executors.newScheduledThreadPool(this, "MistralScheduler", 1);
        metrics = MistralMetrics.of(getCamelContext());
        transport = new MistralHttpTransport(transportSettings(), completionExecutor, streamingExecutor, scheduler,
                metrics);
        metrics.queueLength(transport::queuedCalls);
    }

    private TransportSettings transportSettings() throws Exception {
        TransportSettings.Proxy proxy = null;
        if (proxyHost != null) {
            proxy = new TransportSettings.Proxy(proxyHost, proxyPort == null ? 0 : proxyPort, proxyUsername,
                    proxyPassword, nonProxyHosts);
        } else if (proxyPort != null) {
            throw new IllegalArgumentException("proxyPort is set but proxyHost is not: set both to use a proxy");
        }
        SSLContextParameters tls = sslContextParameters != null ? sslContextParameters
                : useGlobalSslContextParameters ? retrieveGlobalSslContextParameters() : null;
        SSLContext sslContext = tls == null ? null : tls.createSSLContext(getCamelContext());
        return new TransportSettings(maxConnections, Duration.ofMillis(configuration.getConnectTimeout()), httpVersion,
                proxy, sslContext, requestsPerSecond, maxConcurrentRequests);
    }

    /**
     * Registers the API health check of an endpoint's base URL (once per base URL) in camel-health's producers
     * repository, as Camel's components do for checks that call a remote service: it only runs where
     * {@code camel.health.producersEnabled=true}, and {@code healthCheckProducerEnabled=false} turns it off.
     */
    public void registerApiHealthCheck(MistralEndpoint endpoint) {
        if (!isHealthCheckProducerEnabled()) {
            return;
        }
        if (producerChecks == null) {
            producerChecks = HealthCheckHelper.getHealthCheckRepository(getCamelContext(), "producers",
                    WritableHealthCheckRepository.class);
            if (producerChecks == null) {
                return; // camel-health is not on the classpath
            }
        }
        MistralConfiguration config = endpoint.getConfiguration();
        healthChecks.computeIfAbsent(config.getBaseUrl(), baseUrl -> {
            // its own client over the shared transport: the check outlives the endpoint that first registered it
            MistralApiHealthCheck check = new MistralApiHealthCheck(baseUrl, new MistralApi(newClient(config)),
                    Duration.ofMillis(healthCheckCacheTime), Duration.ofMillis(config.getRequestTimeout()));
            producerChecks.addHealthCheck(check);
            return check;
        });
    }

    /** A wire client for {@code config} over the shared transport. */
    MistralClient newClient(MistralConfiguration config) {
        String key = config.getApiKey();
        if (ObjectHelper.isEmpty(key)) {
            key = System.getenv(API_KEY_ENV);
        }
        return new MistralClient(transport(), config.getBaseUrl(), ApiKey.of(key),
                Duration.ofMillis(config.getConnectTimeout()), Duration.ofMillis(config.getRequestTimeout()),
                new RetryPolicy(config.getMaxRetries(), Duration.ofMillis(config.getRetryInitialDelay()),
                        Duration.ofMillis(config.getRetryMaxDelay())),
                config.getAdditionalHeaders());
    }

    /** The transport shared by all endpoints; there while the component is started. */
    MistralHttpTransport transport() {
        if (transport == null) {
            throw new IllegalStateException("The mistral component is not started");
        }
        return transport;
    }

    /** What the component meters; {@link MistralMetrics#NONE} without a Micrometer registry. */
    public MistralMetrics metrics() {
        return metrics;
    }

    @Override
    protected void doStop() throws Exception {
        if (producerChecks != null) {
            healthChecks.values().forEach(producerChecks::removeHealthCheck);
        }
        healthChecks.clear();
        if (transport != null) {
            transport.close();
            transport = null;
        }
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        for (ExecutorService pool : new ExecutorService[] { completionExecutor, streamingExecutor, scheduler }) {
            if (pool != null) {
                executors.shutdown(pool);
            }
        }
        completionExecutor = null;
        streamingExecutor = null;
        scheduler = null;
        super.doStop();
    }

    /** The component's in-memory chat memory, for endpoints without a memoryRepository. */
    public StateRepository<String, String> defaultMemory() {
        return memory;
    }

    /** The {@code mistral:tool} routes of this component, for the tool loops of its actions. */
    public ToolRegistry tools() {
        return tools;
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

    public String getHttpVersion() {
        return httpVersion;
    }

    public void setHttpVersion(String httpVersion) {
        this.httpVersion = httpVersion;
    }

    public Double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public String getNonProxyHosts() {
        return nonProxyHosts;
    }

    public void setNonProxyHosts(String nonProxyHosts) {
        this.nonProxyHosts = nonProxyHosts;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public long getHealthCheckCacheTime() {
        return healthCheckCacheTime;
    }

    public void setHealthCheckCacheTime(long healthCheckCacheTime) {
        this.healthCheckCacheTime = healthCheckCacheTime;
    }
}
