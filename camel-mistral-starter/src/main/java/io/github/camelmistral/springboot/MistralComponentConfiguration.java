package io.github.camelmistral.springboot;

import java.time.Duration;
import java.util.Map;

import io.github.camelmistral.MistralConfiguration;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the {@code mistral} component under {@value #PREFIX}, one per component option of the Camel
 * catalog, in its order. Every field starts unset: only what the application configures is copied onto the
 * component, which keeps its own defaults (several Boolean options mean "decide per API" while unset); the defaults
 * the IDE shows come from {@code additional-spring-configuration-metadata.json}.
 * <p>
 * Written by a script from {@code camel-mistral/src/generated/resources/META-INF/io/github/camelmistral/mistral.json}
 * (descriptions, enums and secret flags from its {@code componentProperties}; duration options typed
 * {@link java.time.Duration}, so 30s, 5m and plain milliseconds all bind): after changing the component's
 * options, run {@code python3 camel-mistral-starter/generate-configuration.py} from the repository root
 * ({@code ConfigurationInStepTest} fails until then).
 */
@ConfigurationProperties(prefix = MistralComponentConfiguration.PREFIX)
public class MistralComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.mistral";

    /**
     * Whether to enable auto configuration of the mistral component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * The base URL of the API. Point it at a local simulator or a proxy for tests.
     */
    private String baseUrl;
    /**
     * The component configuration: defaults for every endpoint. The option is a
     * io.github.camelmistral.MistralConfiguration type: give the id of a bean, as #id or #bean:id.
     */
    private MistralConfiguration configuration;
    /**
     * The model to use. Defaults per API: mistral-small-latest for chat and analyzeImage, codestral-latest for fim,
     * mistral-embed for embeddings, mistral-ocr-latest for ocr, mistral-moderation-latest for moderation,
     * voxtral-mini-latest for transcription. Required for classification: the id of a fine-tuned classifier. On job
     * and completion triggers it is a filter: only events of this model fire.
     */
    private String model;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler;
    /**
     * The trigger of a consumer: for batchJob and fineTuningJob created, succeeded, failed, cancelled or
     * statusChanged; for file uploaded or deleted; for model deleted or created; created for chat, fim and agent,
     * generated for embeddings, completed for ocr; processed or failed for libraryDocument (with libraryId). One of:
     * created, succeeded, failed, cancelled, statusChanged, uploaded, deleted, generated, completed, processed.
     */
    private String event;
    /**
     * For the polling triggers: after how many failed exchanges of the same event the trigger gives up on it: the
     * failure goes to the consumer's exceptionHandler, a WARN is logged and the event is recorded as delivered. 0 or
     * less retries it at every poll without end. Other resources' events are never held back by a failing one.
     */
    private Integer maxDeliveryAttempts;
    /**
     * For the polling triggers: the most events one poll delivers (0: no limit); the others wait for the next poll
     * (with greedy=true, at once). Each exchange carries the CamelBatchSize, CamelBatchIndex and CamelBatchComplete
     * properties, as Camel's batch consumers do.
     */
    private Integer maxMessagesPerPoll;
    /**
     * For the polling triggers: how many confirmation requests of one poll (the GET of a batch job that left the open
     * list, of each open fine-tuning job, of each file or model missing from a scan) are in flight at once. The others
     * wait without holding a thread.
     */
    private Integer pollConcurrency;
    /**
     * What the first start of a polling trigger (no state stored yet) does: now records what exists without emitting
     * it, so only later changes fire; beginning emits the existing resources as events. One of: now, beginning.
     */
    private String startFrom;
    /**
     * The key of this trigger's state in the stateRepository. Defaults to mistral::; set it when two triggers of the
     * same kind with different filters share a repository.
     */
    private String stateKey;
    /**
     * Where a polling trigger keeps what it has seen and which jobs are open (JSON values). Use a persistent one (e.g.
     * FileStateRepository, or a shared JDBC/Infinispan one in a cluster) to survive restarts; an in-memory one per
     * consumer when not set. The option is a org.apache.camel.spi.StateRepository type: give the id of a bean, as #id
     * or #bean:id.
     */
    private StateRepository<String, String> stateRepository;
    /**
     * Deprecated: use batchEndpoint. Still honoured, with a warning, when batchEndpoint is not set.
     */
    private String endpoint;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer;
    /**
     * The operation of a resource API: for model list, get, delete, update, archive, unarchive; for file upload, list,
     * get, delete, download, signedUrl; for fineTuningJob create, list, get, cancel, start; for batchJob create, list,
     * get, cancel, results; for conversation start, append, restart, get, list, delete, history, messages; for agent
     * create, list, get, update, delete, listVersions, getVersion, updateVersion, setAlias, listAliases, deleteAlias;
     * for library create, list, get, update, delete, share, unshare, listAccess; for libraryDocument upload, list,
     * get, update, delete, status, text, signedUrl, reprocess; for voice list, get, create, update, delete, sample.
     * The CamelMistralOperation header overrides it per message. One of: upload, list, get, delete, download,
     * signedUrl, update, archive, unarchive, create, cancel, start, results, append, restart, history, messages,
     * listVersions, getVersion, updateVersion, setAlias, listAliases, deleteAlias, share, unshare, listAccess, status,
     * text, reprocess, sample.
     */
    private String operation;
    /**
     * Headers sent with every request, e.g. additionalHeaders.X-Gateway=eu for an API gateway. They cannot set
     * Authorization, which only ever carries the apiKey. This is a multi-value option with prefix: additionalHeaders.
     * The option is a java.util.Map type: give the id of a bean, as #id or #bean:id.
     */
    private Map<String, String> additionalHeaders;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;
    /**
     * How long to wait for a connection to the API, in milliseconds (or a duration such as 10s).
     */
    private Duration connectTimeout;
    /**
     * The HTTP version: auto negotiates HTTP/2 by ALPN for https base URLs (the real API speaks h2) and uses HTTP/1.1
     * for http; 1.1 or 2 force one. One of: auto, 1.1, 2.
     */
    private String httpVersion;
    /**
     * The most calls in flight at once across all endpoints of this component; the others wait in order without
     * holding a thread, and fail when the wait would exceed requestTimeout. Unset: no limit.
     */
    private Integer maxConcurrentRequests;
    /**
     * The most HTTP connections the component keeps open to the API. Calls beyond this wait in a queue without holding
     * a thread. Over HTTP/2 each connection carries many calls.
     */
    private Integer maxConnections;
    /**
     * How many times a failed call is sent again at most: after a 429, 500, 502, 503 or 504 answer or a connection
     * failure (refused, connect timeout, reset before an answer). Calls that create something (uploads, job creation)
     * are retried only after a 429, a refused connection or a connect timeout, when the API certainly did not act. 0
     * turns retries off.
     */
    private Integer maxRetries;
    /**
     * The most requests per second all endpoints of this component start together (a token bucket holding one second
     * of requests); calls over it wait their turn in order, without holding a thread, and fail when the wait would
     * exceed requestTimeout. Unset: no limit. A second component instance has its own limit.
     */
    private Double requestsPerSecond;
    /**
     * How long to wait for the answer of one call once sent, in milliseconds (or a duration such as 2m). Generations
     * of long texts need minutes.
     */
    private Duration requestTimeout;
    /**
     * The backoff bound before the first retry, in milliseconds (or a duration such as 1s); it doubles with each
     * retry, and each delay is drawn at random below it (full jitter). A Retry-After answer header sets the delay
     * instead.
     */
    private Duration retryInitialDelay;
    /**
     * The longest backoff, in milliseconds (or a duration such as 30s), and the longest Retry-After the component
     * waits for: a longer one fails the call at once, saying so.
     */
    private Duration retryMaxDelay;
    /**
     * For mistral:agent setAlias and deleteAlias: the alias (e.g. production); the CamelMistralAgentAlias header
     * overrides it.
     */
    private String agentAlias;
    /**
     * For mistral:agent list: only agents of this name.
     */
    private String agentName;
    /**
     * For mistral:agent list: only agents created from these sources, comma separated (api, playground,
     * agent_builder_v1).
     */
    private String agentSources;
    /**
     * For mistral:agent list: only agents deployed to Le Chat (true) or not (false).
     */
    private Boolean deploymentChat;
    /**
     * Penalty (-2 to 2) on tokens by how often they already appeared.
     */
    private Double frequencyPenalty;
    /**
     * The JSON schema for responseFormat=json_schema: inline JSON, or a reference such as
     * resource:classpath:schemas/invoice.json.
     */
    private String jsonSchema;
    /**
     * The name given to the JSON schema of responseFormat=json_schema.
     */
    private String jsonSchemaName;
    /**
     * The maximum number of tokens to generate.
     */
    private Integer maxTokens;
    /**
     * How many choices to generate (chat and agent); the body carries the first, the CamelMistralResponse header all.
     */
    private Integer n;
    /**
     * Whether the model may ask for several tool calls in one answer (the API's default when unset).
     */
    private Boolean parallelToolCalls;
    /**
     * Predicted output: text the reply is expected to mostly repeat (say, the file being edited), sent as the
     * request's prediction of type content, which speeds such replies up. The CamelMistralPrediction header overrides
     * it.
     */
    private String prediction;
    /**
     * Penalty (-2 to 2) on tokens that already appeared, favouring new topics.
     */
    private Double presencePenalty;
    /**
     * The API's prompt_cache_key: requests sharing it and a prompt prefix reuse the tokens computed for it (billed at
     * 10%); the CamelMistralCachedTokens header says how many were. The CamelMistralPromptCacheKey header overrides
     * it.
     */
    private String promptCacheKey;
    /**
     * The API's prompt_mode: reasoning gives reasoning models their reasoning system prompt. The API deprecates it for
     * reasoning models in favour of reasoningEffort. One of: reasoning.
     */
    private String promptMode;
    /**
     * A seed that makes sampling deterministic.
     */
    private Integer randomSeed;
    /**
     * Reasoning effort of reasoning models: high for full reasoning traces, none to disable them. One of: high, none.
     */
    private String reasoningEffort;
    /**
     * The shape of the reply: text, json_object (JSON mode; the prompt must ask for JSON too) or json_schema (reply
     * constrained to jsonSchema). The reply is always a String. One of: text, json_object, json_schema.
     */
    private String responseFormat;
    /**
     * Whether to prepend Mistral's safety system prompt (chat only).
     */
    private Boolean safePrompt;
    /**
     * For mistral:file list: only files whose name matches this search text; for mistral:agent list: only agents whose
     * name or description matches it; for mistral:libraryDocument list: only documents whose name matches it.
     */
    private String search;
    /**
     * Stop sequences, comma separated: generation stops when one is produced.
     */
    private String stop;
    /**
     * A system message put before the conversation (chat and analyzeImage).
     */
    private String systemMessage;
    /**
     * Nucleus sampling: only the tokens within this probability mass (0 to 1) are considered.
     */
    private Double topP;
    /**
     * The media type of the image body of mistral:analyzeImage. Detected from the bytes when not set. One of:
     * image/png, image/jpeg, image/webp, image/gif.
     */
    private String imageMediaType;
    /**
     * The question asked about the image in mistral:analyzeImage.
     */
    private String prompt;
    /**
     * For mistral:apiRequest: the HTTP method. One of: GET, POST, PUT, PATCH, DELETE.
     */
    private String method;
    /**
     * For mistral:apiRequest: the path relative to baseUrl, e.g. /v1/models. URLs of other hosts are refused.
     */
    private String path;
    /**
     * For mistral:apiRequest: query parameters as a=1&b=2; repeat a name for a list (status=QUEUED&status=RUNNING).
     */
    private String queryParameters;
    /**
     * The longest silence of a streamed reply, in milliseconds (or a duration such as 1m), before it fails with
     * MistralConnectionException.
     */
    private Duration streamIdleTimeout;
    /**
     * Stream the reply of mistral:chat, mistral:fim, mistral:agent and mistral:transcription as it is generated (for
     * mistral:apiRequest: an event-stream answer, the data: of each event as one String element, the JSON as it came):
     * the body becomes a TextStream, an Iterator of text deltas (also Iterable and AutoCloseable) that
     * split(body()).streaming() handles delta by delta, convertBodyTo(String.class) reads whole and
     * convertBodyTo(InputStream.class) reads as bytes as they arrive. It is closed when the exchange completes;
     * result() holds the whole text, finish reason, usage, model and id once it has ended.
     */
    private Boolean streaming;
    /**
     * For mistral:agent: the id of the agent to call (e.g. ag_...). For mistral:batchJob: the (deprecated) agent a
     * created batch runs, and a filter of job lists and batch job triggers.
     */
    private String agentId;
    /**
     * For batchJob create: the API every request of the batch goes to, e.g. /v1/chat/completions, /v1/embeddings,
     * /v1/fim/completions, /v1/moderations, /v1/ocr.
     */
    private String batchEndpoint;
    /**
     * For fineTuningJob and batchJob list: only jobs created after this ISO-8601 date-time (e.g.
     * 2026-01-31T00:00:00Z). The CamelMistralCreatedAfter header overrides it.
     */
    private String createdAfter;
    /**
     * How far before the newest created_at seen a job trigger asks again (created_after), in milliseconds: covers the
     * filter's unspecified inclusivity, 1 s timestamps and clock skew. Ids seen are never reported twice.
     */
    private Duration createdAfterOverlap;
    /**
     * For fineTuningJob and batchJob lists and triggers: only the jobs created with this API key.
     */
    private Boolean createdByMe;
    /**
     * The file id for file operations and file-based inputs; the CamelMistralFileId header overrides it.
     */
    private String fileId;
    /**
     * For the mistral:batchJob trigger with event=succeeded: put the job's results into the CamelMistralBatchResults
     * header besides the job body, as an Iterator of BatchResult over the output and error files, read line by line as
     * the route consumes it.
     */
    private Boolean includeResults;
    /**
     * For batchJob create: the uploaded JSONL input file ids (purpose batch), comma separated. When not set and the
     * body is not a List, the file of the CamelMistralFileId header or fileId option.
     */
    private String inputFiles;
    /**
     * The job id for batch and fine-tuning job operations; the CamelMistralJobId header overrides it.
     */
    private String jobId;
    /**
     * For batchJob list: created lists the oldest jobs first, -created (the API's default) the newest. One of:
     * created, -created.
     */
    private String orderBy;
    /**
     * For list operations (file, fineTuningJob, batchJob): return only this page (0-based) instead of all pages. The
     * CamelMistralPage header overrides it.
     */
    private Integer page;
    /**
     * For list operations and polling triggers: the number of items asked for per page.
     */
    private Integer pageSize;
    /**
     * For batchJob results: list returns a List (output lines, then error lines); map a Map keyed by custom id; both
     * hold every result in memory. iterator returns an Iterator that reads the files line by line as it is consumed,
     * for split(body()).streaming() over large batches. One of: list, map, iterator.
     */
    private String resultsFormat;
    /**
     * For fineTuningJob list: the one status to list (e.g. RUNNING). For batchJob list: one or more statuses, comma
     * separated (QUEUED,RUNNING), sent as repeated status= parameters.
     */
    private String status;
    /**
     * For batchJob create: the hours after which the job stops (the API's default is 24).
     */
    private Integer timeoutHours;
    /**
     * For the mistral:chat trigger with event=created: where completions come from. Not set, the chat calls of this
     * CamelContext's producers; observability, the chat completion events of the whole organization, polled from the
     * API's (beta) chat completion event search, so calls made outside this application fire too. One of:
     * observability.
     */
    private String eventSource;
    /**
     * With the CamelMistralMemoryId header: how many earlier messages of the conversation are sent along (the system
     * message aside); the oldest go first, never splitting a tool call from its results.
     */
    private Integer maxHistoryMessages;
    /**
     * Where the CamelMistralMemoryId conversations are kept: any Camel StateRepository (e.g. a FileStateRepository or
     * a JDBC one), so they survive restarts. Default: in memory, the 1,000 most recently used conversations of the
     * component. The option is a org.apache.camel.spi.StateRepository type: give the id of a bean, as #id or #bean:id.
     */
    private StateRepository<String, String> memoryRepository;
    /**
     * The class (a record or a bean, by its fully qualified name) the reply of mistral:chat or mistral:agent is read
     * into: a strict json_schema generated from it is sent as the response format, and the body out is an instance of
     * it. Every property is required but those of type Optional.
     */
    private String outputClass;
    /**
     * Deprecated: use fileSource (file lists and triggers) or eventSource (the chat trigger). Still honoured, with a
     * warning, when those are not set.
     */
    private String source;
    /**
     * How many times a reply that does not fit outputClass is asked for again, with the problem fed back to the model,
     * before MistralStructuredOutputException.
     */
    private Integer structuredOutputRetries;
    /**
     * For mistral:conversation start and restart with an agent: the agent version to use, a number or an alias
     * (default: the version in use). For mistral:agent get, getVersion, updateVersion and setAlias: the version to
     * read, use or point the alias at. The CamelMistralAgentVersion header overrides it.
     */
    private String agentVersion;
    /**
     * Whether the action executes the model's tool calls. false returns them instead: the CamelMistralToolCalls header
     * holds the calls, the body is null.
     */
    private Boolean autoToolExecution;
    /**
     * For mistral:conversation: the conversation to append to, restart, get, delete or read (history, messages); the
     * CamelMistralConversationId header overrides it. Without an operation, a set header appends and no header starts
     * a new conversation.
     */
    private String conversationId;
    /**
     * For mistral:conversation start with a model: the built-in tools the model may use, comma separated: web_search,
     * web_search_premium, code_interpreter, image_generation, document_library (which searches the libraries of
     * libraryId).
     */
    private String conversationTools;
    /**
     * For mistral:conversation restart: the entry the new conversation continues from (kept with the entries before
     * it); the CamelMistralEntryId header overrides it.
     */
    private String fromEntryId;
    /**
     * For mistral:conversation turns with agents: who runs a handoff to another agent, the API (server, its default)
     * or the caller (client). One of: client, server.
     */
    private String handoffExecution;
    /**
     * For mistral:conversation start with a model: the instructions (system prompt) the conversation keeps.
     */
    private String instructions;
    /**
     * How many model answers asking for tools are executed at most; one more answer asking for tools fails the
     * exchange saying so.
     */
    private Integer maxToolIterations;
    /**
     * For mistral:conversation turns: whether the API stores the conversation (the API's default, true, when unset).
     * Without it, append, get and history cannot find it.
     */
    private Boolean store;
    /**
     * Whether and which tool the model must call: auto (it decides), any or required (at least one), none, or the name
     * of one tool.
     */
    private String toolChoice;
    /**
     * What a failing tool route does: report (its exception text goes back to the model as the tool's result) or fail
     * (the exchange fails with the tool's exception). One of: report, fail.
     */
    private String toolErrorStrategy;
    /**
     * The tools the model may call, as names of mistral:tool routes of this CamelContext, comma-separated, or for all
     * of them. The action then runs the tool loop: it executes the calls the model makes (in parallel when it makes
     * several), sends the results back, and returns the model's final answer.
     */
    private String tools;
    /**
     * For mistral:embeddings: the most inputs sent in one request. A larger list is split into several requests and
     * the vectors reassembled in input order.
     */
    private Integer embeddingsBatchSize;
    /**
     * For mistral:embeddings: how many requests of one split list are in flight at once.
     */
    private Integer embeddingsMaxConcurrentRequests;
    /**
     * For mistral:embeddings: how the API sends the vectors, float (numbers, the API's default) or base64
     * (little-endian float32s, a smaller answer). Either way the vectors reach the route as numbers, a List of Float
     * each. base64 goes with the float data type only. One of: float, base64.
     */
    private String encodingFormat;
    /**
     * Metadata, as key=value,key=value: kept with the job on batchJob create (keys up to 32, values up to 512
     * characters); sent as the request's metadata object by chat, analyzeImage, fim, agent (completions) and
     * embeddings; on mistral:agentoperation=list, only agents whose metadata holds these entries. The
     * CamelMistralMetadata header overrides it (a Map or such a String).
     */
    private String metadata;
    /**
     * For mistral:embeddings: the dimension of the vectors, on models that support it (e.g. codestral-embed).
     */
    private Integer outputDimension;
    /**
     * For mistral:embeddings: the data type of the vectors, on models that support it. One of: float, int8, uint8,
     * binary, ubinary.
     */
    private String outputDtype;
    /**
     * For mistral:file signedUrl: the hours the URL stays valid (the API's default is 24).
     */
    private Integer expiry;
    /**
     * For mistral:file upload and mistral:transcription: the name the uploaded file gets. When not set: the
     * CamelMistralFileName header, Camel's CamelFileName header (without directories), or the name of a File/Path
     * body.
     */
    private String fileName;
    /**
     * For mistral:file list and triggers: only files of these sources, comma separated (upload, repository, mistral);
     * upload skips the result files Mistral writes.
     */
    private String fileSource;
    /**
     * For mistral:file: the purpose of an uploaded file (fine-tune, batch, ocr, audio); with list and the triggers,
     * only files of this purpose. The CamelMistralPurpose header overrides it for upload and list. One of: fine-tune,
     * batch, ocr, audio.
     */
    private String purpose;
    /**
     * For mistral:file list: only files of these sample types, comma separated (pretrain, instruct, batch_request,
     * batch_result, batch_error, ...).
     */
    private String sampleType;
    /**
     * For mistral:fim: the minimum number of tokens to generate.
     */
    private Integer minTokens;
    /**
     * For fineTuningJob create: whether the job starts by itself once validated; when false it waits in VALIDATED for
     * the start operation.
     */
    private Boolean autoStart;
    /**
     * For fineTuningJob list: only jobs created before this ISO-8601 date-time.
     */
    private String createdBefore;
    /**
     * For fineTuningJob create: only estimate cost and duration (a FineTuningJobEstimate body); no job is created.
     */
    private Boolean dryRun;
    /**
     * For fineTuningJob create: the number of passes over the training data.
     */
    private Double epochs;
    /**
     * For fineTuningJob create: the fill-in-the-middle ratio of completion jobs, 0 to 1.
     */
    private Double fimRatio;
    /**
     * For fineTuningJob create: the learning rate (the API's default is 0.0001).
     */
    private Double learningRate;
    /**
     * For mistral:fineTuningJob: the suffix of the fine-tuned model's name on create (at most 18 characters), a filter
     * on list. The CamelMistralSuffix header overrides it.
     */
    private String modelSuffix;
    /**
     * For fineTuningJob create: the sequence length (at least 100).
     */
    private Integer seqLen;
    /**
     * For mistral:fim: the code after the gap the model fills. The CamelMistralSuffix header overrides it. (On
     * mistral:fineTuningJob it still means modelSuffix, deprecated there.)
     */
    private String suffix;
    /**
     * For fineTuningJob create: the training file ids, comma separated, each optionally with a weight (id:0.5). When
     * not set, the file of the CamelMistralFileId header or fileId option.
     */
    private String trainingFiles;
    /**
     * For fineTuningJob create: the number of training steps.
     */
    private Integer trainingSteps;
    /**
     * For fineTuningJob create: the validation file ids, comma separated.
     */
    private String validationFiles;
    /**
     * For fineTuningJob create: the fraction of steps that warm the learning rate up, 0 to 1.
     */
    private Double warmupFraction;
    /**
     * For fineTuningJob create: the weight decay, 0 to 1.
     */
    private Double weightDecay;
    /**
     * How long the API health check keeps its last outcome before it calls the API again (GET /v1/models), so that
     * frequent readiness probes cost no quota.
     */
    private Duration healthCheckCacheTime;
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled;
    /**
     * For mistral:libraryDocument: the document to work on; the CamelMistralDocumentId header overrides it.
     */
    private String documentId;
    /**
     * For mistral:library and mistral:libraryDocument: the library to work on (and the one the mistral:libraryDocument
     * trigger watches); for the document_library tool of mistral:conversation: the libraries it searches, comma
     * separated. The CamelMistralLibraryId header overrides it.
     */
    private String libraryId;
    /**
     * For mistral:model: only fine-tuned models. The triggers default to true (base models come and go with Mistral's
     * releases); the list operation defaults to false (all models).
     */
    private Boolean fineTunedOnly;
    /**
     * For mistral:model update: the new description of the fine-tuned model, when the body is not a ModelUpdate or
     * Map.
     */
    private String modelDescription;
    /**
     * The model id for model operations (e.g. ft:open-mistral-7b:...); the CamelMistralModelId header overrides it.
     */
    private String modelId;
    /**
     * For mistral:model update: the new name of the fine-tuned model, when the body is not a ModelUpdate or Map.
     */
    private String modelName;
    /**
     * For mistral:ocr: a JSON schema each image found is annotated with (sent as a json_schema format); the
     * annotations come back in the images of the response's pages. Inline JSON or a resource: reference.
     */
    private String bboxAnnotationSchema;
    /**
     * For mistral:ocr: the confidence scores to return in each page's confidenceScores: page (average and minimum of
     * the page) or word (those plus a score per word, also per word of extracted tables). None when not set. One of:
     * word, page.
     */
    private String confidenceScoresGranularity;
    /**
     * For mistral:ocr: a prompt that guides the document annotation; needs documentAnnotationSchema.
     */
    private String documentAnnotationPrompt;
    /**
     * For mistral:ocr: a JSON schema the whole document is annotated with (sent as a json_schema format, the only one
     * the API accepts); the annotation comes back as JSON text in the CamelMistralDocumentAnnotation header. Inline
     * JSON or a reference such as resource:classpath:schemas/invoice.json.
     */
    private String documentAnnotationSchema;
    /**
     * For completion triggers: how long stopping the route waits for the exchange in hand and the queued events to be
     * delivered, in milliseconds (or a duration such as 30s). Then the exchange in hand is interrupted and the events
     * still queued are dropped, counted and logged.
     */
    private Duration drainTimeout;
    /**
     * For completion triggers: the most bytes the waiting events may take, estimated from the JSON size of their
     * responses (an OCR result with images is far bigger than a chat reply); beyond it new events are dropped and
     * counted like a full queue. An event is always accepted by an empty queue. 0: no byte bound.
     */
    private Long eventQueueMaxBytes;
    /**
     * For completion triggers (chat, fim, agent, embeddings, ocr): how many events wait for a slow trigger route;
     * beyond that new events are dropped, counted and logged, and the producing route is never slowed down.
     */
    private Integer eventQueueSize;
    /**
     * For mistral:ocr: whether page footers are extracted into the pages' footer instead of the markdown.
     */
    private Boolean extractFooter;
    /**
     * For mistral:ocr: whether page headers are extracted into the pages' header instead of the markdown.
     */
    private Boolean extractHeader;
    /**
     * For mistral:ocr: the most images to extract.
     */
    private Integer imageLimit;
    /**
     * For mistral:ocr: the smallest height and width, in pixels, of an image to extract.
     */
    private Integer imageMinSize;
    /**
     * For mistral:ocr: whether each page's blocks are returned: the content blocks (text, title, table, image, ...) in
     * reading order, each with its bounding box.
     */
    private Boolean includeBlocks;
    /**
     * For mistral:ocr: whether the images found are returned as base64 data URLs in the response's pages.
     */
    private Boolean includeImageBase64;
    /**
     * Whether the model must follow the JSON schema strictly.
     */
    private Boolean jsonSchemaStrict;
    /**
     * For mistral:ocr: the pages to read, 0-based numbers and ranges such as 0-5 or 0,2-4. All pages when not set; the
     * CamelMistralPages header overrides it.
     */
    private String pages;
    /**
     * For mistral:ocr: extract tables in this format into the pages' tables, leaving a link to each table (named like
     * tbl-0.html) in its place in the markdown. Tables stay inline in the markdown when not set. One of: markdown,
     * html.
     */
    private String tableFormat;
    /**
     * Hosts reached without the proxy, separated by , with as a wildcard (as the JVM's http.nonProxyHosts), e.g.
     * localhost.internal.
     */
    private String nonProxyHosts;
    /**
     * The host of an HTTP proxy to reach the API through (https is tunnelled with CONNECT).
     */
    private String proxyHost;
    /**
     * The password for the proxy's authentication. A secret: keep it out of committed files, e.g. set it from an
     * environment variable.
     */
    private String proxyPassword;
    /**
     * The port of the HTTP proxy.
     */
    private Integer proxyPort;
    /**
     * The user name for the proxy's authentication (Basic).
     */
    private String proxyUsername;
    /**
     * The Mistral API key. Prefer {{env:MISTRAL_API_KEY}} or a vault placeholder to a literal. When not set, the
     * MISTRAL_API_KEY environment variable is used. A secret: keep it out of committed files, e.g. set it from an
     * environment variable.
     */
    private String apiKey;
    /**
     * TLS configuration (trust store, key store, protocols) with Camel's SSLContextParameters, e.g. to trust a
     * corporate gateway's certificate. The option is a org.apache.camel.support.jsse.SSLContextParameters type: give
     * the id of a bean, as #id or #bean:id.
     */
    private SSLContextParameters sslContextParameters;
    /**
     * Use the CamelContext's global SSLContextParameters when sslContextParameters is not set.
     */
    private Boolean useGlobalSslContextParameters;
    /**
     * For mistral:speech: the format of the audio (the API's default, mp3, when unset); the CamelMistralAudioFormat
     * header overrides it. One of: mp3, wav, pcm, flac, opus.
     */
    private String audioFormat;
    /**
     * For mistral:apiRequest and mistral:speech: the largest binary answer (audio, PDF, octet-stream) returned as
     * byte, in bytes. A larger one, or one of unknown length, is returned as an InputStream that reads from the
     * connection as the route consumes it (never held in memory) and is closed when the exchange completes. 0 always
     * returns an InputStream. JSON and text answers are always read whole.
     */
    private Long streamThreshold;
    /**
     * For mistral:speech: the voice, a preset name or the id of a custom voice (the API's default when unset). For
     * mistral:voice get, update, delete and sample: the voice to work on. The CamelMistralVoiceId header overrides it.
     */
    private String voice;
    /**
     * What the tool does, for the model to decide when to call it.
     */
    private String description;
    /**
     * The name of the tool a mistral:tool route is: what the model calls it by (letters, digits, _ and -, at most 64).
     * Unique in the CamelContext.
     */
    private String name;
    /**
     * Comma-separated names of parameter. parameters that the model may leave out.
     */
    private String optionalParameters;
    /**
     * The tool's parameters by shorthand type: parameter.city=string, parameter.days=integer (string, integer, number,
     * boolean). Each is required unless listed in optionalParameters. For more (descriptions, enums, nested objects)
     * use parameters. This is a multi-value option with prefix: parameter. The option is a java.util.Map type: give
     * the id of a bean, as #id or #bean:id.
     */
    private Map<String, String> parameter;
    /**
     * The tool's parameters as a JSON schema of an object: inline JSON or resource:classpath:.... Replaces the
     * parameter. shorthand.
     */
    private String parameters;
    /**
     * For mistral:transcription: words or terms (no spaces, comma separated, at most 100) the model should favour,
     * such as names and jargon.
     */
    private String contextBias;
    /**
     * For mistral:transcription: whether to tell the speakers apart (the segments then carry a speaker id).
     */
    private Boolean diarize;
    /**
     * For mistral:transcription: the language of the audio as a 2-letter code (e.g. en); it improves accuracy.
     * Detected when not set.
     */
    private String language;
    /**
     * Sampling temperature, 0 to 1.5. Lower is more deterministic; the default depends on the model.
     */
    private Double temperature;
    /**
     * For mistral:transcription: the timestamps to return in the CamelMistralSegments header, segment and/or word,
     * comma separated.
     */
    private String timestampGranularities;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public MistralConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MistralConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public Integer getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    public void setMaxDeliveryAttempts(Integer maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public Integer getPollConcurrency() {
        return pollConcurrency;
    }

    public void setPollConcurrency(Integer pollConcurrency) {
        this.pollConcurrency = pollConcurrency;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public Map<String, String> getAdditionalHeaders() {
        return additionalHeaders;
    }

    public void setAdditionalHeaders(Map<String, String> additionalHeaders) {
        this.additionalHeaders = additionalHeaders;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getHttpVersion() {
        return httpVersion;
    }

    public void setHttpVersion(String httpVersion) {
        this.httpVersion = httpVersion;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public String getAgentAlias() {
        return agentAlias;
    }

    public void setAgentAlias(String agentAlias) {
        this.agentAlias = agentAlias;
    }

    public String getAgentName() {
        return agentName;
    }

    public void setAgentName(String agentName) {
        this.agentName = agentName;
    }

    public String getAgentSources() {
        return agentSources;
    }

    public void setAgentSources(String agentSources) {
        this.agentSources = agentSources;
    }

    public Boolean getDeploymentChat() {
        return deploymentChat;
    }

    public void setDeploymentChat(Boolean deploymentChat) {
        this.deploymentChat = deploymentChat;
    }

    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    public void setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public String getJsonSchema() {
        return jsonSchema;
    }

    public void setJsonSchema(String jsonSchema) {
        this.jsonSchema = jsonSchema;
    }

    public String getJsonSchemaName() {
        return jsonSchemaName;
    }

    public void setJsonSchemaName(String jsonSchemaName) {
        this.jsonSchemaName = jsonSchemaName;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    public void setParallelToolCalls(Boolean parallelToolCalls) {
        this.parallelToolCalls = parallelToolCalls;
    }

    public String getPrediction() {
        return prediction;
    }

    public void setPrediction(String prediction) {
        this.prediction = prediction;
    }

    public Double getPresencePenalty() {
        return presencePenalty;
    }

    public void setPresencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public String getPromptCacheKey() {
        return promptCacheKey;
    }

    public void setPromptCacheKey(String promptCacheKey) {
        this.promptCacheKey = promptCacheKey;
    }

    public String getPromptMode() {
        return promptMode;
    }

    public void setPromptMode(String promptMode) {
        this.promptMode = promptMode;
    }

    public Integer getRandomSeed() {
        return randomSeed;
    }

    public void setRandomSeed(Integer randomSeed) {
        this.randomSeed = randomSeed;
    }

    public String getReasoningEffort() {
        return reasoningEffort;
    }

    public void setReasoningEffort(String reasoningEffort) {
        this.reasoningEffort = reasoningEffort;
    }

    public String getResponseFormat() {
        return responseFormat;
    }

    public void setResponseFormat(String responseFormat) {
        this.responseFormat = responseFormat;
    }

    public Boolean getSafePrompt() {
        return safePrompt;
    }

    public void setSafePrompt(Boolean safePrompt) {
        this.safePrompt = safePrompt;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getStop() {
        return stop;
    }

    public void setStop(String stop) {
        this.stop = stop;
    }

    public String getSystemMessage() {
        return systemMessage;
    }

    public void setSystemMessage(String systemMessage) {
        this.systemMessage = systemMessage;
    }

    public Double getTopP() {
        return topP;
    }

    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public String getImageMediaType() {
        return imageMediaType;
    }

    public void setImageMediaType(String imageMediaType) {
        this.imageMediaType = imageMediaType;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getQueryParameters() {
        return queryParameters;
    }

    public void setQueryParameters(String queryParameters) {
        this.queryParameters = queryParameters;
    }

    public Duration getStreamIdleTimeout() {
        return streamIdleTimeout;
    }

    public void setStreamIdleTimeout(Duration streamIdleTimeout) {
        this.streamIdleTimeout = streamIdleTimeout;
    }

    public Boolean getStreaming() {
        return streaming;
    }

    public void setStreaming(Boolean streaming) {
        this.streaming = streaming;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getBatchEndpoint() {
        return batchEndpoint;
    }

    public void setBatchEndpoint(String batchEndpoint) {
        this.batchEndpoint = batchEndpoint;
    }

    public String getCreatedAfter() {
        return createdAfter;
    }

    public void setCreatedAfter(String createdAfter) {
        this.createdAfter = createdAfter;
    }

    public Duration getCreatedAfterOverlap() {
        return createdAfterOverlap;
    }

    public void setCreatedAfterOverlap(Duration createdAfterOverlap) {
        this.createdAfterOverlap = createdAfterOverlap;
    }

    public Boolean getCreatedByMe() {
        return createdByMe;
    }

    public void setCreatedByMe(Boolean createdByMe) {
        this.createdByMe = createdByMe;
    }

    public String getFileId() {
        return fileId;
    }

    public void setFileId(String fileId) {
        this.fileId = fileId;
    }

    public Boolean getIncludeResults() {
        return includeResults;
    }

    public void setIncludeResults(Boolean includeResults) {
        this.includeResults = includeResults;
    }

    public String getInputFiles() {
        return inputFiles;
    }

    public void setInputFiles(String inputFiles) {
        this.inputFiles = inputFiles;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getResultsFormat() {
        return resultsFormat;
    }

    public void setResultsFormat(String resultsFormat) {
        this.resultsFormat = resultsFormat;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getTimeoutHours() {
        return timeoutHours;
    }

    public void setTimeoutHours(Integer timeoutHours) {
        this.timeoutHours = timeoutHours;
    }

    public String getEventSource() {
        return eventSource;
    }

    public void setEventSource(String eventSource) {
        this.eventSource = eventSource;
    }

    public Integer getMaxHistoryMessages() {
        return maxHistoryMessages;
    }

    public void setMaxHistoryMessages(Integer maxHistoryMessages) {
        this.maxHistoryMessages = maxHistoryMessages;
    }

    public StateRepository<String, String> getMemoryRepository() {
        return memoryRepository;
    }

    public void setMemoryRepository(StateRepository<String, String> memoryRepository) {
        this.memoryRepository = memoryRepository;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Integer getStructuredOutputRetries() {
        return structuredOutputRetries;
    }

    public void setStructuredOutputRetries(Integer structuredOutputRetries) {
        this.structuredOutputRetries = structuredOutputRetries;
    }

    public String getAgentVersion() {
        return agentVersion;
    }

    public void setAgentVersion(String agentVersion) {
        this.agentVersion = agentVersion;
    }

    public Boolean getAutoToolExecution() {
        return autoToolExecution;
    }

    public void setAutoToolExecution(Boolean autoToolExecution) {
        this.autoToolExecution = autoToolExecution;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getConversationTools() {
        return conversationTools;
    }

    public void setConversationTools(String conversationTools) {
        this.conversationTools = conversationTools;
    }

    public String getFromEntryId() {
        return fromEntryId;
    }

    public void setFromEntryId(String fromEntryId) {
        this.fromEntryId = fromEntryId;
    }

    public String getHandoffExecution() {
        return handoffExecution;
    }

    public void setHandoffExecution(String handoffExecution) {
        this.handoffExecution = handoffExecution;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Integer getMaxToolIterations() {
        return maxToolIterations;
    }

    public void setMaxToolIterations(Integer maxToolIterations) {
        this.maxToolIterations = maxToolIterations;
    }

    public Boolean getStore() {
        return store;
    }

    public void setStore(Boolean store) {
        this.store = store;
    }

    public String getToolChoice() {
        return toolChoice;
    }

    public void setToolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public String getToolErrorStrategy() {
        return toolErrorStrategy;
    }

    public void setToolErrorStrategy(String toolErrorStrategy) {
        this.toolErrorStrategy = toolErrorStrategy;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public Integer getEmbeddingsBatchSize() {
        return embeddingsBatchSize;
    }

    public void setEmbeddingsBatchSize(Integer embeddingsBatchSize) {
        this.embeddingsBatchSize = embeddingsBatchSize;
    }

    public Integer getEmbeddingsMaxConcurrentRequests() {
        return embeddingsMaxConcurrentRequests;
    }

    public void setEmbeddingsMaxConcurrentRequests(Integer embeddingsMaxConcurrentRequests) {
        this.embeddingsMaxConcurrentRequests = embeddingsMaxConcurrentRequests;
    }

    public String getEncodingFormat() {
        return encodingFormat;
    }

    public void setEncodingFormat(String encodingFormat) {
        this.encodingFormat = encodingFormat;
    }

    public String getMetadata() {
        return metadata;
    }

    public void setMetadata(String metadata) {
        this.metadata = metadata;
    }

    public Integer getOutputDimension() {
        return outputDimension;
    }

    public void setOutputDimension(Integer outputDimension) {
        this.outputDimension = outputDimension;
    }

    public String getOutputDtype() {
        return outputDtype;
    }

    public void setOutputDtype(String outputDtype) {
        this.outputDtype = outputDtype;
    }

    public Integer getExpiry() {
        return expiry;
    }

    public void setExpiry(Integer expiry) {
        this.expiry = expiry;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getFileSource() {
        return fileSource;
    }

    public void setFileSource(String fileSource) {
        this.fileSource = fileSource;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getSampleType() {
        return sampleType;
    }

    public void setSampleType(String sampleType) {
        this.sampleType = sampleType;
    }

    public Integer getMinTokens() {
        return minTokens;
    }

    public void setMinTokens(Integer minTokens) {
        this.minTokens = minTokens;
    }

    public Boolean getAutoStart() {
        return autoStart;
    }

    public void setAutoStart(Boolean autoStart) {
        this.autoStart = autoStart;
    }

    public String getCreatedBefore() {
        return createdBefore;
    }

    public void setCreatedBefore(String createdBefore) {
        this.createdBefore = createdBefore;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Double getEpochs() {
        return epochs;
    }

    public void setEpochs(Double epochs) {
        this.epochs = epochs;
    }

    public Double getFimRatio() {
        return fimRatio;
    }

    public void setFimRatio(Double fimRatio) {
        this.fimRatio = fimRatio;
    }

    public Double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(Double learningRate) {
        this.learningRate = learningRate;
    }

    public String getModelSuffix() {
        return modelSuffix;
    }

    public void setModelSuffix(String modelSuffix) {
        this.modelSuffix = modelSuffix;
    }

    public Integer getSeqLen() {
        return seqLen;
    }

    public void setSeqLen(Integer seqLen) {
        this.seqLen = seqLen;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    public String getTrainingFiles() {
        return trainingFiles;
    }

    public void setTrainingFiles(String trainingFiles) {
        this.trainingFiles = trainingFiles;
    }

    public Integer getTrainingSteps() {
        return trainingSteps;
    }

    public void setTrainingSteps(Integer trainingSteps) {
        this.trainingSteps = trainingSteps;
    }

    public String getValidationFiles() {
        return validationFiles;
    }

    public void setValidationFiles(String validationFiles) {
        this.validationFiles = validationFiles;
    }

    public Double getWarmupFraction() {
        return warmupFraction;
    }

    public void setWarmupFraction(Double warmupFraction) {
        this.warmupFraction = warmupFraction;
    }

    public Double getWeightDecay() {
        return weightDecay;
    }

    public void setWeightDecay(Double weightDecay) {
        this.weightDecay = weightDecay;
    }

    public Duration getHealthCheckCacheTime() {
        return healthCheckCacheTime;
    }

    public void setHealthCheckCacheTime(Duration healthCheckCacheTime) {
        this.healthCheckCacheTime = healthCheckCacheTime;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public String getLibraryId() {
        return libraryId;
    }

    public void setLibraryId(String libraryId) {
        this.libraryId = libraryId;
    }

    public Boolean getFineTunedOnly() {
        return fineTunedOnly;
    }

    public void setFineTunedOnly(Boolean fineTunedOnly) {
        this.fineTunedOnly = fineTunedOnly;
    }

    public String getModelDescription() {
        return modelDescription;
    }

    public void setModelDescription(String modelDescription) {
        this.modelDescription = modelDescription;
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public String getBboxAnnotationSchema() {
        return bboxAnnotationSchema;
    }

    public void setBboxAnnotationSchema(String bboxAnnotationSchema) {
        this.bboxAnnotationSchema = bboxAnnotationSchema;
    }

    public String getConfidenceScoresGranularity() {
        return confidenceScoresGranularity;
    }

    public void setConfidenceScoresGranularity(String confidenceScoresGranularity) {
        this.confidenceScoresGranularity = confidenceScoresGranularity;
    }

    public String getDocumentAnnotationPrompt() {
        return documentAnnotationPrompt;
    }

    public void setDocumentAnnotationPrompt(String documentAnnotationPrompt) {
        this.documentAnnotationPrompt = documentAnnotationPrompt;
    }

    public String getDocumentAnnotationSchema() {
        return documentAnnotationSchema;
    }

    public void setDocumentAnnotationSchema(String documentAnnotationSchema) {
        this.documentAnnotationSchema = documentAnnotationSchema;
    }

    public Duration getDrainTimeout() {
        return drainTimeout;
    }

    public void setDrainTimeout(Duration drainTimeout) {
        this.drainTimeout = drainTimeout;
    }

    public Long getEventQueueMaxBytes() {
        return eventQueueMaxBytes;
    }

    public void setEventQueueMaxBytes(Long eventQueueMaxBytes) {
        this.eventQueueMaxBytes = eventQueueMaxBytes;
    }

    public Integer getEventQueueSize() {
        return eventQueueSize;
    }

    public void setEventQueueSize(Integer eventQueueSize) {
        this.eventQueueSize = eventQueueSize;
    }

    public Boolean getExtractFooter() {
        return extractFooter;
    }

    public void setExtractFooter(Boolean extractFooter) {
        this.extractFooter = extractFooter;
    }

    public Boolean getExtractHeader() {
        return extractHeader;
    }

    public void setExtractHeader(Boolean extractHeader) {
        this.extractHeader = extractHeader;
    }

    public Integer getImageLimit() {
        return imageLimit;
    }

    public void setImageLimit(Integer imageLimit) {
        this.imageLimit = imageLimit;
    }

    public Integer getImageMinSize() {
        return imageMinSize;
    }

    public void setImageMinSize(Integer imageMinSize) {
        this.imageMinSize = imageMinSize;
    }

    public Boolean getIncludeBlocks() {
        return includeBlocks;
    }

    public void setIncludeBlocks(Boolean includeBlocks) {
        this.includeBlocks = includeBlocks;
    }

    public Boolean getIncludeImageBase64() {
        return includeImageBase64;
    }

    public void setIncludeImageBase64(Boolean includeImageBase64) {
        this.includeImageBase64 = includeImageBase64;
    }

    public Boolean getJsonSchemaStrict() {
        return jsonSchemaStrict;
    }

    public void setJsonSchemaStrict(Boolean jsonSchemaStrict) {
        this.jsonSchemaStrict = jsonSchemaStrict;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public String getTableFormat() {
        return tableFormat;
    }

    public void setTableFormat(String tableFormat) {
        this.tableFormat = tableFormat;
    }

    public String getNonProxyHosts() {
        return nonProxyHosts;
    }

    public void setNonProxyHosts(String nonProxyHosts) {
        this.nonProxyHosts = nonProxyHosts;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
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

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getAudioFormat() {
        return audioFormat;
    }

    public void setAudioFormat(String audioFormat) {
        this.audioFormat = audioFormat;
    }

    public Long getStreamThreshold() {
        return streamThreshold;
    }

    public void setStreamThreshold(Long streamThreshold) {
        this.streamThreshold = streamThreshold;
    }

    public String getVoice() {
        return voice;
    }

    public void setVoice(String voice) {
        this.voice = voice;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOptionalParameters() {
        return optionalParameters;
    }

    public void setOptionalParameters(String optionalParameters) {
        this.optionalParameters = optionalParameters;
    }

    public Map<String, String> getParameter() {
        return parameter;
    }

    public void setParameter(Map<String, String> parameter) {
        this.parameter = parameter;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }

    public String getContextBias() {
        return contextBias;
    }

    public void setContextBias(String contextBias) {
        this.contextBias = contextBias;
    }

    public Boolean getDiarize() {
        return diarize;
    }

    public void setDiarize(Boolean diarize) {
        this.diarize = diarize;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public String getTimestampGranularities() {
        return timestampGranularities;
    }

    public void setTimestampGranularities(String timestampGranularities) {
        this.timestampGranularities = timestampGranularities;
    }
}
