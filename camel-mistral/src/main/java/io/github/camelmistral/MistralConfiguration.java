package io.github.camelmistral;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelmistral.api.batch.BatchJobsApi;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The options of the {@code mistral:} component. Set on the component they are the defaults of every endpoint; an
 * endpoint gets its own {@link #copy()} and overrides what its URI sets; a header overrides per message.
 */
@Configurer
@UriParams
public class MistralConfiguration implements Cloneable {

    private static final Logger LOG = LoggerFactory.getLogger(MistralConfiguration.class);
    /** The deprecated options already warned about, so that each is logged once per JVM. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    @UriParam(label = "security", secret = true)
    @Metadata(description = "The Mistral API key. Prefer `{{env:MISTRAL_API_KEY}}` or a vault placeholder to a literal. When not set, the `MISTRAL_API_KEY` environment variable is used.")
    private String apiKey;
    @UriParam(label = "common", defaultValue = "https://api.mistral.ai")
    @Metadata(description = "The base URL of the API. Point it at a local simulator or a proxy for tests.")
    private String baseUrl = "https://api.mistral.ai";
    @UriParam(label = "common")
    @Metadata(description = "The model to use. Defaults per API: `mistral-small-latest` for chat and analyzeImage, `codestral-latest` for fim, `mistral-embed` for embeddings, `mistral-ocr-latest` for ocr, `mistral-moderation-latest` for moderation, `voxtral-mini-latest` for transcription. Required for classification: the id of a fine-tuned classifier. On job and completion triggers it is a filter: only events of this model fire.")
    private String model;
    @UriParam(label = "producer", enums = "upload,list,get,delete,download,signedUrl,update,archive,unarchive,create,cancel,start,results,append,restart,history,messages,listVersions,getVersion,updateVersion,setAlias,listAliases,deleteAlias,share,unshare,listAccess,status,text,reprocess,sample")
    @Metadata(description = "The operation of a resource API: for `model` list, get, delete, update, archive, unarchive; for `file` upload, list, get, delete, download, signedUrl; for `fineTuningJob` create, list, get, cancel, start; for `batchJob` create, list, get, cancel, results; for `conversation` start, append, restart, get, list, delete, history, messages; for `agent` create, list, get, update, delete, listVersions, getVersion, updateVersion, setAlias, listAliases, deleteAlias; for `library` create, list, get, update, delete, share, unshare, listAccess; for `libraryDocument` upload, list, get, update, delete, status, text, signedUrl, reprocess; for `voice` list, get, create, update, delete, sample. The `CamelMistralOperation` header overrides it per message.")
    private String operation;
    @UriParam(label = "producer,ocr,transcription,file,fineTuningJob,batchJob")
    @Metadata(description = "The file id for file operations and file-based inputs; the `CamelMistralFileId` header overrides it.")
    private String fileId;
    @UriParam(label = "producer,model")
    @Metadata(description = "The model id for model operations (e.g. `ft:open-mistral-7b:...`); the `CamelMistralModelId` header overrides it.")
    private String modelId;
    @UriParam(label = "producer,fineTuningJob,batchJob")
    @Metadata(description = "The job id for batch and fine-tuning job operations; the `CamelMistralJobId` header overrides it.")
    private String jobId;
    @UriParam(label = "producer,transcription,file")
    @Metadata(description = "For `mistral:file` upload and `mistral:transcription`: the name the uploaded file gets. When not set: the `CamelMistralFileName` header, Camel's `CamelFileName` header (without directories), or the name of a File/Path body.")
    private String fileName;
    @UriParam(label = "producer,file")
    @Metadata(description = "For `mistral:file` list: only files of these sample types, comma separated (`pretrain`, `instruct`, `batch_request`, `batch_result`, `batch_error`, ...).")
    private String sampleType;
    @UriParam(label = "producer,file,agent")
    @Metadata(description = "For `mistral:file` list: only files whose name matches this search text; for "
                            + "`mistral:agent` list: only agents whose name or description matches it; for "
                            + "`mistral:libraryDocument` list: only documents whose name matches it.")
    private String search;
    @UriParam(label = "producer,agent")
    @Metadata(description = "For `mistral:agent` list: only agents of this name.")
    private String agentName;
    @UriParam(label = "producer,agent")
    @Metadata(description = "For `mistral:agent` list: only agents deployed to Le Chat (true) or not (false).")
    private Boolean deploymentChat;
    @UriParam(label = "producer,agent")
    @Metadata(description = "For `mistral:agent` list: only agents created from these sources, comma separated "
                            + "(`api`, `playground`, `agent_builder_v1`).")
    private String agentSources;
    @UriParam(label = "producer,file")
    @Metadata(description = "For `mistral:file` signedUrl: the hours the URL stays valid (the API's default is 24).")
    private Integer expiry;
    @UriParam(label = "producer,model")
    @Metadata(description = "For `mistral:model` update: the new name of the fine-tuned model, when the body is not a `ModelUpdate` or `Map`.")
    private String modelName;
    @UriParam(label = "producer,model")
    @Metadata(description = "For `mistral:model` update: the new description of the fine-tuned model, when the body is not a `ModelUpdate` or `Map`.")
    private String modelDescription;
    @UriParam(label = "producer,transcription")
    @Metadata(description = "For `mistral:transcription`: the language of the audio as a 2-letter code (e.g. `en`); it improves accuracy. Detected when not set.")
    private String language;
    @UriParam(label = "producer,transcription")
    @Metadata(description = "For `mistral:transcription`: the timestamps to return in the `CamelMistralSegments` header, `segment` and/or `word`, comma separated.")
    private String timestampGranularities;
    @UriParam(label = "producer,transcription", defaultValue = "false")
    @Metadata(description = "For `mistral:transcription`: whether to tell the speakers apart (the segments then carry a speaker id).")
    private Boolean diarize;
    @UriParam(label = "producer,transcription")
    @Metadata(description = "For `mistral:transcription`: words or terms (no spaces, comma separated, at most 100) the model should favour, such as names and jargon.")
    private String contextBias;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent")
    @Metadata(description = "A system message put before the conversation (chat and analyzeImage).")
    private String systemMessage;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent,transcription")
    @Metadata(description = "Sampling temperature, 0 to 1.5. Lower is more deterministic; the default depends on the model.")
    private Double temperature;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent")
    @Metadata(description = "Nucleus sampling: only the tokens within this probability mass (0 to 1) are considered.")
    private Double topP;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent")
    @Metadata(description = "The maximum number of tokens to generate.")
    private Integer maxTokens;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent")
    @Metadata(description = "A seed that makes sampling deterministic.")
    private Integer randomSeed;
    @UriParam(label = "producer,chat,analyzeImage,agent", defaultValue = "false")
    @Metadata(description = "Whether to prepend Mistral's safety system prompt (chat only).")
    private Boolean safePrompt;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent")
    @Metadata(description = "Stop sequences, comma separated: generation stops when one is produced.")
    private String stop;
    @UriParam(label = "producer,chat,analyzeImage,agent")
    @Metadata(description = "How many choices to generate (chat and agent); the body carries the first, the `CamelMistralResponse` header all.")
    private Integer n;
    @UriParam(label = "producer,chat,analyzeImage,agent")
    @Metadata(description = "Penalty (-2 to 2) on tokens that already appeared, favouring new topics.")
    private Double presencePenalty;
    @UriParam(label = "producer,chat,analyzeImage,agent")
    @Metadata(description = "Penalty (-2 to 2) on tokens by how often they already appeared.")
    private Double frequencyPenalty;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent", enums = "text,json_object,json_schema")
    @Metadata(description = "The shape of the reply: `text`, `json_object` (JSON mode; the prompt must ask for JSON too) or `json_schema` (reply constrained to `jsonSchema`). The reply is always a String.")
    private String responseFormat;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent")
    @Metadata(supportFileReference = true, description = "The JSON schema for `responseFormat=json_schema`: inline JSON, or a reference such as `resource:classpath:schemas/invoice.json`.")
    private String jsonSchema;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent", defaultValue = "response")
    @Metadata(description = "The name given to the JSON schema of `responseFormat=json_schema`.")
    private String jsonSchemaName = "response";
    @UriParam(label = "producer,chat,analyzeImage,fim,agent,ocr", defaultValue = "false")
    @Metadata(description = "Whether the model must follow the JSON schema strictly.")
    private Boolean jsonSchemaStrict;
    @UriParam(label = "producer,chat,analyzeImage,agent", enums = "high,none")
    @Metadata(description = "Reasoning effort of reasoning models: `high` for full reasoning traces, `none` to disable them.")
    private String reasoningEffort;
    @UriParam(label = "producer,chat,analyzeImage,agent", enums = "reasoning")
    @Metadata(description = "The API's `prompt_mode`: `reasoning` gives reasoning models their reasoning system prompt. The API deprecates it for reasoning models in favour of `reasoningEffort`.")
    private String promptMode;
    @UriParam(label = "producer,chat,analyzeImage,agent")
    @Metadata(description = "Predicted output: text the reply is expected to mostly repeat (say, the file being edited), sent as the request's `prediction` of type `content`, which speeds such replies up. The `CamelMistralPrediction` header overrides it.")
    private String prediction;
    @UriParam(label = "producer,chat,analyzeImage,fim,agent")
    @Metadata(description = "The API's `prompt_cache_key`: requests sharing it and a prompt prefix reuse the tokens computed for it (billed at 10%); the `CamelMistralCachedTokens` header says how many were. The `CamelMistralPromptCacheKey` header overrides it.")
    private String promptCacheKey;
    @UriParam(label = "producer,analyzeImage", defaultValue = "Describe this image.")
    @Metadata(description = "The question asked about the image in `mistral:analyzeImage`.")
    private String prompt = "Describe this image.";
    @UriParam(label = "producer,analyzeImage", enums = "image/png,image/jpeg,image/webp,image/gif")
    @Metadata(description = "The media type of the image body of `mistral:analyzeImage`. Detected from the bytes when not set.")
    private String imageMediaType;
    @UriParam(label = "producer,fim,fineTuningJob")
    @Metadata(description = "For `mistral:fim`: the code after the gap the model fills. The `CamelMistralSuffix` header overrides it. (On `mistral:fineTuningJob` it still means modelSuffix, deprecated there.)")
    private String suffix;
    @UriParam(label = "producer,fineTuningJob")
    @Metadata(description = "For `mistral:fineTuningJob`: the suffix of the fine-tuned model's name on create (at most 18 characters), a filter on list. The `CamelMistralSuffix` header overrides it.")
    private String modelSuffix;
    @UriParam(label = "producer,fim")
    @Metadata(description = "For `mistral:fim`: the minimum number of tokens to generate.")
    private Integer minTokens;
    @UriParam(label = "common,agent,batchJob")
    @Metadata(description = "For `mistral:agent`: the id of the agent to call (e.g. `ag_...`). For `mistral:batchJob`: the (deprecated) agent a created batch runs, and a filter of job lists and batch job triggers.")
    private String agentId;
    @UriParam(label = "producer,embeddings")
    @Metadata(description = "For `mistral:embeddings`: the dimension of the vectors, on models that support it (e.g. `codestral-embed`).")
    private Integer outputDimension;
    @UriParam(label = "producer,embeddings", enums = "float,int8,uint8,binary,ubinary")
    @Metadata(description = "For `mistral:embeddings`: the data type of the vectors, on models that support it.")
    private String outputDtype;
    @UriParam(label = "producer,embeddings", enums = "float,base64")
    @Metadata(description = "For `mistral:embeddings`: how the API sends the vectors, `float` (numbers, the API's default) or `base64` (little-endian float32s, a smaller answer). Either way the vectors reach the route as numbers, a List of Float each. `base64` goes with the `float` data type only.")
    private String encodingFormat;
    @UriParam(label = "producer,advanced,embeddings", defaultValue = "128")
    @Metadata(description = "For `mistral:embeddings`: the most inputs sent in one request. A larger list is split into several requests and the vectors reassembled in input order.")
    private int embeddingsBatchSize = 128;
    @UriParam(label = "producer,advanced,embeddings", defaultValue = "4")
    @Metadata(description = "For `mistral:embeddings`: how many requests of one split list are in flight at once.")
    private int embeddingsMaxConcurrentRequests = 4;
    @UriParam(label = "producer,ocr")
    @Metadata(description = "For `mistral:ocr`: the pages to read, 0-based numbers and ranges such as `0-5` or `0,2-4`. All pages when not set; the `CamelMistralPages` header overrides it.")
    private String pages;
    @UriParam(label = "producer,ocr", defaultValue = "false")
    @Metadata(description = "For `mistral:ocr`: whether the images found are returned as base64 data URLs in the response's pages.")
    private Boolean includeImageBase64;
    @UriParam(label = "producer,ocr", enums = "markdown,html")
    @Metadata(description = "For `mistral:ocr`: extract tables in this format into the pages' `tables`, leaving a link to each table (named like `tbl-0.html`) in its place in the markdown. Tables stay inline in the markdown when not set.")
    private String tableFormat;
    @UriParam(label = "producer,ocr", defaultValue = "false")
    @Metadata(description = "For `mistral:ocr`: whether page headers are extracted into the pages' `header` instead of the markdown.")
    private Boolean extractHeader;
    @UriParam(label = "producer,ocr", defaultValue = "false")
    @Metadata(description = "For `mistral:ocr`: whether page footers are extracted into the pages' `footer` instead of the markdown.")
    private Boolean extractFooter;
    @UriParam(label = "producer,ocr", defaultValue = "false")
    @Metadata(description = "For `mistral:ocr`: whether each page's `blocks` are returned: the content blocks (text, title, table, image, ...) in reading order, each with its bounding box.")
    private Boolean includeBlocks;
    @UriParam(label = "producer,ocr", enums = "word,page")
    @Metadata(description = "For `mistral:ocr`: the confidence scores to return in each page's `confidenceScores`: `page` (average and minimum of the page) or `word` (those plus a score per word, also per word of extracted tables). None when not set.")
    private String confidenceScoresGranularity;
    @UriParam(label = "producer,ocr")
    @Metadata(description = "For `mistral:ocr`: the most images to extract.")
    private Integer imageLimit;
    @UriParam(label = "producer,ocr")
    @Metadata(description = "For `mistral:ocr`: the smallest height and width, in pixels, of an image to extract.")
    private Integer imageMinSize;
    @UriParam(label = "producer,ocr")
    @Metadata(supportFileReference = true, description = "For `mistral:ocr`: a JSON schema the whole document is annotated with (sent as a `json_schema` format, the only one the API accepts); the annotation comes back as JSON text in the `CamelMistralDocumentAnnotation` header. Inline JSON or a reference such as `resource:classpath:schemas/invoice.json`.")
    private String documentAnnotationSchema;
    @UriParam(label = "producer,ocr")
    @Metadata(supportFileReference = true, description = "For `mistral:ocr`: a JSON schema each image found is annotated with (sent as a `json_schema` format); the annotations come back in the images of the response's pages. Inline JSON or a `resource:` reference.")
    private String bboxAnnotationSchema;
    @UriParam(label = "producer,ocr")
    @Metadata(description = "For `mistral:ocr`: a prompt that guides the document annotation; needs `documentAnnotationSchema`.")
    private String documentAnnotationPrompt;
    @UriParam(label = "producer,file,fineTuningJob,batchJob")
    @Metadata(description = "For list operations (`file`, `fineTuningJob`, `batchJob`): return only this page (0-based) instead of all pages. The `CamelMistralPage` header overrides it.")
    private Integer page;
    @UriParam(label = "common,chat,file,fineTuningJob,batchJob", defaultValue = "100")
    @Metadata(description = "For list operations and polling triggers: the number of items asked for per page.")
    private int pageSize = 100;
    @UriParam(label = "producer,fineTuningJob,batchJob")
    @Metadata(description = "For `fineTuningJob` and `batchJob` list: only jobs created after this ISO-8601 date-time (e.g. `2026-01-31T00:00:00Z`). The `CamelMistralCreatedAfter` header overrides it.")
    private String createdAfter;
    @UriParam(label = "producer,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` list: only jobs created before this ISO-8601 date-time.")
    private String createdBefore;
    @UriParam(label = "common,fineTuningJob,batchJob", defaultValue = "false")
    @Metadata(description = "For `fineTuningJob` and `batchJob` lists and triggers: only the jobs created with this API key.")
    private Boolean createdByMe;
    @UriParam(label = "producer,fineTuningJob,batchJob")
    @Metadata(description = "For `fineTuningJob` list: the one status to list (e.g. `RUNNING`). For `batchJob` list: one or more statuses, comma separated (`QUEUED,RUNNING`), sent as repeated `status=` parameters.")
    private String status;
    @UriParam(label = "producer,batchJob", enums = "created,-created")
    @Metadata(description = "For `batchJob` list: `created` lists the oldest jobs first, `-created` (the API's default) the newest.")
    private String orderBy;
    @UriParam(label = "producer,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the training file ids, comma separated, each optionally with a weight (`id:0.5`). When not set, the file of the `CamelMistralFileId` header or `fileId` option.")
    private String trainingFiles;
    @UriParam(label = "producer,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the validation file ids, comma separated.")
    private String validationFiles;
    @UriParam(label = "producer,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the number of training steps.")
    private Integer trainingSteps;
    @UriParam(label = "producer,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the learning rate (the API's default is 0.0001).")
    private Double learningRate;
    @UriParam(label = "producer,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the number of passes over the training data.")
    private Double epochs;
    @UriParam(label = "producer,advanced,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the weight decay, 0 to 1.")
    private Double weightDecay;
    @UriParam(label = "producer,advanced,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the fraction of steps that warm the learning rate up, 0 to 1.")
    private Double warmupFraction;
    @UriParam(label = "producer,advanced,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the sequence length (at least 100).")
    private Integer seqLen;
    @UriParam(label = "producer,advanced,fineTuningJob")
    @Metadata(description = "For `fineTuningJob` create: the fill-in-the-middle ratio of completion jobs, 0 to 1.")
    private Double fimRatio;
    @UriParam(label = "producer,fineTuningJob", defaultValue = "true")
    @Metadata(description = "For `fineTuningJob` create: whether the job starts by itself once validated; when false it waits in `VALIDATED` for the `start` operation.")
    private Boolean autoStart;
    @UriParam(label = "producer,fineTuningJob", defaultValue = "false")
    @Metadata(description = "For `fineTuningJob` create: only estimate cost and duration (a `FineTuningJobEstimate` body); no job is created.")
    private boolean dryRun;
    @UriParam(label = "producer,batchJob")
    @Metadata(description = "For `batchJob` create: the uploaded JSONL input file ids (purpose `batch`), comma separated. When not set and the body is not a List, the file of the `CamelMistralFileId` header or `fileId` option.")
    private String inputFiles;
    @UriParam(label = "producer,batchJob", defaultValue = BatchJobsApi.DEFAULT_ENDPOINT)
    @Metadata(description = "For `batchJob` create: the API every request of the batch goes to, e.g. `/v1/chat/completions`, `/v1/embeddings`, `/v1/fim/completions`, `/v1/moderations`, `/v1/ocr`.")
    private String batchEndpoint = BatchJobsApi.DEFAULT_ENDPOINT;
    /** @deprecated the old name of {@link #batchEndpoint}: two meanings of "endpoint" in one URI confuse tools */
    @Deprecated
    @UriParam(label = "producer")
    @Metadata(description = "Deprecated: use batchEndpoint. Still honoured, with a warning, when batchEndpoint is not set.")
    private String endpoint;
    @UriParam(label = "producer,batchJob,chat,fim,agent,embeddings")
    @Metadata(description = "Metadata, as `key=value,key=value`: kept with the job on `batchJob` create (keys up to 32, values up to 512 characters); sent as the request's `metadata` object by `chat`, `analyzeImage`, `fim`, `agent` (completions) and `embeddings`; on `mistral:agent?operation=list`, only agents whose metadata holds these entries. The `CamelMistralMetadata` header overrides it (a `Map` or such a String).")
    private String metadata;
    @UriParam(label = "producer,batchJob")
    @Metadata(description = "For `batchJob` create: the hours after which the job stops (the API's default is 24).")
    private Integer timeoutHours;
    @UriParam(label = "producer,batchJob", defaultValue = "list", enums = "list,map,iterator")
    @Metadata(description = "For `batchJob` results: `list` returns a `List<BatchResult>` (output lines, then error lines); `map` a `Map<String, BatchResult>` keyed by custom id; both hold every result in memory. `iterator` returns an `Iterator<BatchResult>` that reads the files line by line as it is consumed, for `split(body()).streaming()` over large batches.")
    private String resultsFormat = "list";
    @UriParam(label = "producer,apiRequest", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE")
    @Metadata(description = "For `mistral:apiRequest`: the HTTP method.")
    private String method = "GET";
    @UriParam(label = "producer,apiRequest")
    @Metadata(description = "For `mistral:apiRequest`: the path relative to `baseUrl`, e.g. `/v1/models`. URLs of other hosts are refused.")
    private String path;
    @UriParam(label = "producer,apiRequest")
    @Metadata(description = "For `mistral:apiRequest`: query parameters as `a=1&b=2`; repeat a name for a list (`status=QUEUED&status=RUNNING`).")
    private String queryParameters;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    @Metadata(description = "How long to wait for a connection to the API, in milliseconds (or a duration such as `10s`).")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    @Metadata(description = "How long to wait for the answer of one call once sent, in milliseconds (or a duration such as `2m`). Generations of long texts need minutes.")
    private long requestTimeout = 120000;
    @UriParam(label = "producer,chat,fim,agent,transcription,apiRequest", defaultValue = "false")
    @Metadata(description = "Stream the reply of mistral:chat, mistral:fim, mistral:agent and mistral:transcription as it is generated "
                            + "(for mistral:apiRequest: an event-stream answer, the `data:` of each event as one "
                            + "`String` element, the JSON as it came): the "
                            + "body becomes a `TextStream`, an `Iterator<String>` of text deltas (also `Iterable` and "
                            + "`AutoCloseable`) that `split(body()).streaming()` handles delta by delta, "
                            + "`convertBodyTo(String.class)` reads whole and `convertBodyTo(InputStream.class)` reads as "
                            + "bytes as they arrive. It is closed when the exchange completes; `result()` holds the "
                            + "whole text, finish reason, usage, model and id once it has ended.")
    private boolean streaming;
    @UriParam(label = "producer,chat,fim,agent,transcription,apiRequest", defaultValue = "60000", javaType = "java.time.Duration")
    @Metadata(description = "The longest silence of a streamed reply, in milliseconds (or a duration such as `1m`), "
                            + "before it fails with MistralConnectionException.")
    private long streamIdleTimeout = 60_000;
    @UriParam(label = "producer,apiRequest,speech", defaultValue = "1048576")
    @Metadata(description = "For `mistral:apiRequest` and `mistral:speech`: the largest binary answer (audio, PDF, "
                            + "octet-stream) returned as `byte[]`, in bytes. A larger one, or one of unknown length, is "
                            + "returned as an `InputStream` that reads from the connection as the route consumes it "
                            + "(never held in memory) and is closed when the exchange completes. 0 always returns an "
                            + "`InputStream`. JSON and text answers are always read whole.")
    private long streamThreshold = 1024 * 1024;
    @UriParam(label = "producer,chat")
    @Metadata(description = "The class (a record or a bean, by its fully qualified name) the reply of mistral:chat or "
                            + "mistral:agent is read into: a strict json_schema generated from it is sent as the "
                            + "response format, and the body out is an instance of it. Every property is required "
                            + "but those of type Optional.")
    private String outputClass;
    @UriParam(label = "producer,chat", defaultValue = "1")
    @Metadata(description = "How many times a reply that does not fit outputClass is asked for again, with the "
                            + "problem fed back to the model, before MistralStructuredOutputException.")
    private int structuredOutputRetries = 1;
    @UriParam(label = "producer,memory,chat", defaultValue = "20")
    @Metadata(description = "With the CamelMistralMemoryId header: how many earlier messages of the conversation are "
                            + "sent along (the system message aside); the oldest go first, never splitting a tool call "
                            + "from its results.")
    private int maxHistoryMessages = 20;
    @UriParam(label = "producer,memory,chat")
    @Metadata(description = "Where the CamelMistralMemoryId conversations are kept: any Camel StateRepository<String, "
                            + "String> (e.g. a FileStateRepository or a JDBC one), so they survive restarts. Default: "
                            + "in memory, the 1,000 most recently used conversations of the component.")
    private StateRepository<String, String> memoryRepository;
    @UriParam(label = "consumer,tool")
    @Metadata(description = "The name of the tool a `mistral:tool` route is: what the model calls it by (letters, "
                            + "digits, `_` and `-`, at most 64). Unique in the CamelContext.")
    private String name;
    @UriParam(label = "consumer,tool")
    @Metadata(description = "What the tool does, for the model to decide when to call it.")
    private String description;
    @UriParam(label = "consumer,tool", prefix = "parameter.", multiValue = true,
              javaType = "java.util.Map<java.lang.String, java.lang.String>")
    @Metadata(description = "The tool's parameters by shorthand type: `parameter.city=string`, `parameter.days=integer` "
                            + "(string, integer, number, boolean). Each is required unless listed in "
                            + "optionalParameters. For more (descriptions, enums, nested objects) use parameters.")
    private Map<String, String> parameter;
    @UriParam(label = "consumer,tool")
    @Metadata(description = "The tool's parameters as a JSON schema of an object: inline JSON or "
                            + "`resource:classpath:...`. Replaces the parameter.* shorthand.")
    private String parameters;
    @UriParam(label = "consumer,tool")
    @Metadata(description = "Comma-separated names of parameter.* parameters that the model may leave out.")
    private String optionalParameters;
    @UriParam(label = "producer,tools,chat,analyzeImage,agent,conversation")
    @Metadata(description = "The tools the model may call, as names of `mistral:tool` routes of this CamelContext, "
                            + "comma-separated, or `*` for all of them. The action then runs the tool loop: it "
                            + "executes the calls the model makes (in parallel when it makes several), sends the "
                            + "results back, and returns the model's final answer.")
    private String tools;
    @UriParam(label = "producer,tools,chat,analyzeImage,agent,conversation")
    @Metadata(description = "Whether and which tool the model must call: auto (it decides), any or required (at least "
                            + "one), none, or the name of one tool.")
    private String toolChoice;
    @UriParam(label = "producer,tools,chat,analyzeImage,agent")
    @Metadata(description = "Whether the model may ask for several tool calls in one answer (the API's default when "
                            + "unset).")
    private Boolean parallelToolCalls;
    @UriParam(label = "producer,tools,chat,agent,conversation", defaultValue = "10")
    @Metadata(description = "How many model answers asking for tools are executed at most; one more answer asking for "
                            + "tools fails the exchange saying so.")
    private int maxToolIterations = 10;
    @UriParam(label = "producer,tools,chat,agent,conversation", defaultValue = "report", enums = "report,fail")
    @Metadata(description = "What a failing tool route does: report (its exception text goes back to the model as the "
                            + "tool's result) or fail (the exchange fails with the tool's exception).")
    private String toolErrorStrategy = "report";
    @UriParam(label = "producer,tools,chat,agent,conversation", defaultValue = "true")
    @Metadata(description = "Whether the action executes the model's tool calls. false returns them instead: the "
                            + "CamelMistralToolCalls header holds the calls, the body is null.")
    private boolean autoToolExecution = true;
    // ---- the agent platform: conversations, agents, libraries, speech and voices ----
    @UriParam(label = "producer,conversation")
    @Metadata(description = "For `mistral:conversation`: the conversation to append to, restart, get, delete or read "
                            + "(history, messages); the `CamelMistralConversationId` header overrides it. Without an "
                            + "operation, a set header appends and no header starts a new conversation.")
    private String conversationId;
    @UriParam(label = "producer,conversation")
    @Metadata(description = "For `mistral:conversation` start and restart with an agent: the agent version to use, a "
                            + "number or an alias (default: the version in use). For `mistral:agent` get, getVersion, "
                            + "updateVersion and setAlias: the version to read, use or point the alias at. The "
                            + "`CamelMistralAgentVersion` header overrides it.")
    private String agentVersion;
    @UriParam(label = "producer,conversation")
    @Metadata(description = "For `mistral:conversation` start with a model: the instructions (system prompt) the "
                            + "conversation keeps.")
    private String instructions;
    @UriParam(label = "producer,conversation")
    @Metadata(description = "For `mistral:conversation` start with a model: the built-in tools the model may use, comma "
                            + "separated: `web_search`, `web_search_premium`, `code_interpreter`, `image_generation`, "
                            + "`document_library` (which searches the libraries of `libraryId`).")
    private String conversationTools;
    @UriParam(label = "producer,conversation", defaultValue = "true")
    @Metadata(description = "For `mistral:conversation` turns: whether the API stores the conversation (the API's "
                            + "default, true, when unset). Without it, append, get and history cannot find it.")
    private Boolean store;
    @UriParam(label = "producer,conversation", enums = "client,server")
    @Metadata(description = "For `mistral:conversation` turns with agents: who runs a handoff to another agent, the API "
                            + "(`server`, its default) or the caller (`client`).")
    private String handoffExecution;
    @UriParam(label = "producer,conversation")
    @Metadata(description = "For `mistral:conversation` restart: the entry the new conversation continues from (kept "
                            + "with the entries before it); the `CamelMistralEntryId` header overrides it.")
    private String fromEntryId;
    @UriParam(label = "producer,agent")
    @Metadata(description = "For `mistral:agent` setAlias and deleteAlias: the alias (e.g. `production`); the "
                            + "`CamelMistralAgentAlias` header overrides it.")
    private String agentAlias;
    @UriParam(label = "common,library")
    @Metadata(description = "For `mistral:library` and `mistral:libraryDocument`: the library to work on (and the one "
                            + "the `mistral:libraryDocument` trigger watches); for the "
                            + "`document_library` tool of `mistral:conversation`: the libraries it searches, comma "
                            + "separated. The `CamelMistralLibraryId` header overrides it.")
    private String libraryId;
    @UriParam(label = "producer,library")
    @Metadata(description = "For `mistral:libraryDocument`: the document to work on; the `CamelMistralDocumentId` "
                            + "header overrides it.")
    private String documentId;
    @UriParam(label = "producer,speech")
    @Metadata(description = "For `mistral:speech`: the voice, a preset name or the id of a custom voice (the API's "
                            + "default when unset). For `mistral:voice` get, update, delete and sample: the voice to "
                            + "work on. The `CamelMistralVoiceId` header overrides it.")
    private String voice;
    @UriParam(label = "producer,speech", enums = "mp3,wav,pcm,flac,opus")
    @Metadata(description = "For `mistral:speech`: the format of the audio (the API's default, mp3, when unset); the "
                            + "`CamelMistralAudioFormat` header overrides it.")
    private String audioFormat;
    @UriParam(label = "advanced", defaultValue = "2")
    @Metadata(description = "How many times a failed call is sent again at most: after a 429, 500, 502, 503 or 504 "
                            + "answer or a connection failure (refused, connect timeout, reset before an answer). Calls "
                            + "that create something (uploads, job creation) are retried only after a 429, a refused "
                            + "connection or a connect timeout, when the API certainly did not act. 0 turns retries off.")
    private int maxRetries = 2;
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration")
    @Metadata(description = "The backoff bound before the first retry, in milliseconds (or a duration such as `1s`); "
                            + "it doubles with each retry, and each delay is drawn at random below it (full jitter). A "
                            + "`Retry-After` answer header sets the delay instead.")
    private long retryInitialDelay = 500;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    @Metadata(description = "The longest backoff, in milliseconds (or a duration such as `30s`), and the longest "
                            + "`Retry-After` the component waits for: a longer one fails the call at once, saying so.")
    private long retryMaxDelay = 30000;
    @UriParam(label = "advanced", prefix = "additionalHeaders.", multiValue = true, javaType = "java.util.Map<java.lang.String, java.lang.String>")
    @Metadata(description = "Headers sent with every request, e.g. `additionalHeaders.X-Gateway=eu` for an API "
                            + "gateway. They cannot set `Authorization`, which only ever carries the apiKey.")
    private Map<String, String> additionalHeaders;

    // ---- triggers (consumers) ----
    @UriParam(label = "consumer", enums = "created,succeeded,failed,cancelled,statusChanged,uploaded,deleted,generated,completed,processed")
    @Metadata(description = "The trigger of a consumer: for `batchJob` and `fineTuningJob` created, succeeded, failed, cancelled or statusChanged; for `file` uploaded or deleted; for `model` deleted or created; created for `chat`, `fim` and `agent`, generated for `embeddings`, completed for `ocr`; processed or failed for `libraryDocument` (with `libraryId`).")
    private String event;
    @UriParam(label = "consumer", defaultValue = "now", enums = "now,beginning")
    @Metadata(description = "What the first start of a polling trigger (no state stored yet) does: `now` records what exists without emitting it, so only later changes fire; `beginning` emits the existing resources as events.")
    private String startFrom = "now";
    @UriParam(label = "consumer,advanced")
    @Metadata(description = "Where a polling trigger keeps what it has seen and which jobs are open (JSON values). Use a persistent one (e.g. `FileStateRepository`, or a shared JDBC/Infinispan one in a cluster) to survive restarts; an in-memory one per consumer when not set.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced")
    @Metadata(description = "The key of this trigger's state in the `stateRepository`. Defaults to `mistral:<api>:<event>`; set it when two triggers of the same kind with different filters share a repository.")
    private String stateKey;
    @UriParam(label = "consumer,advanced,fineTuningJob,batchJob", defaultValue = "60000", javaType = "java.time.Duration")
    @Metadata(description = "How far before the newest `created_at` seen a job trigger asks again (`created_after`), in milliseconds: covers the filter's unspecified inclusivity, 1 s timestamps and clock skew. Ids seen are never reported twice.")
    private long createdAfterOverlap = 60000;
    @UriParam(label = "consumer,batchJob")
    @Metadata(description = "For the `mistral:batchJob` trigger with `event=succeeded`: put the job's results into the `CamelMistralBatchResults` header besides the job body, as an `Iterator` of `BatchResult` over the output and error files, read line by line as the route consumes it.")
    private boolean includeResults;
    @UriParam(label = "common,file", enums = "fine-tune,batch,ocr,audio")
    @Metadata(description = "For `mistral:file`: the purpose of an uploaded file (`fine-tune`, `batch`, `ocr`, `audio`); with list and the triggers, only files of this purpose. The `CamelMistralPurpose` header overrides it for upload and list.")
    private String purpose;
    @UriParam(label = "common,file")
    @Metadata(description = "For `mistral:file` list and triggers: only files of these sources, comma separated (`upload`, `repository`, `mistral`); `upload` skips the result files Mistral writes.")
    private String fileSource;
    @UriParam(label = "consumer,chat", enums = "observability")
    @Metadata(description = "For the `mistral:chat` trigger with `event=created`: where completions come from. Not set, the chat calls of this CamelContext's producers; `observability`, the chat completion events of the whole organization, polled from the API's (beta) chat completion event search, so calls made outside this application fire too.")
    private String eventSource;
    /** @deprecated meant fileSource for files and eventSource for the chat trigger */
    @Deprecated
    @UriParam(label = "common,file,chat")
    @Metadata(description = "Deprecated: use fileSource (file lists and triggers) or eventSource (the chat trigger). Still honoured, with a warning, when those are not set.")
    private String source;
    @UriParam(label = "common,model")
    @Metadata(description = "For `mistral:model`: only fine-tuned models. The triggers default to true (base models come and go with Mistral's releases); the list operation defaults to false (all models).")
    private Boolean fineTunedOnly;
    @UriParam(label = "consumer,advanced,chat,fim,agent,embeddings,ocr", defaultValue = "1000")
    @Metadata(description = "For completion triggers (`chat`, `fim`, `agent`, `embeddings`, `ocr`): how many events wait for a slow trigger route; beyond that new events are dropped, counted and logged, and the producing route is never slowed down.")
    private int eventQueueSize = 1000;
    @UriParam(label = "consumer,advanced,chat,fim,agent,embeddings,ocr", defaultValue = "16777216")
    @Metadata(description = "For completion triggers: the most bytes the waiting events may take, estimated from the JSON size of their responses (an OCR result with images is far bigger than a chat reply); beyond it new events are dropped and counted like a full queue. An event is always accepted by an empty queue. 0: no byte bound.")
    private long eventQueueMaxBytes = 16L * 1024 * 1024;
    @UriParam(label = "consumer,advanced,chat,fim,agent,embeddings,ocr", defaultValue = "10000", javaType = "java.time.Duration")
    @Metadata(description = "For completion triggers: how long stopping the route waits for the exchange in hand and the queued events to be delivered, in milliseconds (or a duration such as `30s`). Then the exchange in hand is interrupted and the events still queued are dropped, counted and logged.")
    private long drainTimeout = 10000;
    @UriParam(label = "consumer", defaultValue = "4")
    @Metadata(description = "For the polling triggers: how many confirmation requests of one poll (the GET of a batch job that left the open list, of each open fine-tuning job, of each file or model missing from a scan) are in flight at once. The others wait without holding a thread.")
    private int pollConcurrency = 4;
    @UriParam(label = "consumer", defaultValue = "5")
    @Metadata(description = "For the polling triggers: after how many failed exchanges of the same event the trigger gives up on it: the failure goes to the consumer's exceptionHandler, a WARN is logged and the event is recorded as delivered. 0 or less retries it at every poll without end. Other resources' events are never held back by a failing one.")
    private int maxDeliveryAttempts = 5;
    @UriParam(label = "consumer", defaultValue = "0")
    @Metadata(description = "For the polling triggers: the most events one poll delivers (0: no limit); the others wait for the next poll (with `greedy=true`, at once). Each exchange carries the `CamelBatchSize`, `CamelBatchIndex` and `CamelBatchComplete` properties, as Camel's batch consumers do.")
    private int maxMessagesPerPoll;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSystemMessage() {
        return systemMessage;
    }

    public void setSystemMessage(String systemMessage) {
        this.systemMessage = systemMessage;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Double getTopP() {
        return topP;
    }

    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public Integer getRandomSeed() {
        return randomSeed;
    }

    public void setRandomSeed(Integer randomSeed) {
        this.randomSeed = randomSeed;
    }

    public Boolean getSafePrompt() {
        return safePrompt;
    }

    public void setSafePrompt(Boolean safePrompt) {
        this.safePrompt = safePrompt;
    }

    public String getStop() {
        return stop;
    }

    public void setStop(String stop) {
        this.stop = stop;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    public Double getPresencePenalty() {
        return presencePenalty;
    }

    public void setPresencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    public void setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public String getResponseFormat() {
        return responseFormat;
    }

    public void setResponseFormat(String responseFormat) {
        this.responseFormat = responseFormat;
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

    public Boolean getJsonSchemaStrict() {
        return jsonSchemaStrict;
    }

    public void setJsonSchemaStrict(Boolean jsonSchemaStrict) {
        this.jsonSchemaStrict = jsonSchemaStrict;
    }

    public String getReasoningEffort() {
        return reasoningEffort;
    }

    public void setReasoningEffort(String reasoningEffort) {
        this.reasoningEffort = reasoningEffort;
    }

    public String getPromptMode() {
        return promptMode;
    }

    public void setPromptMode(String promptMode) {
        this.promptMode = promptMode;
    }

    public String getPrediction() {
        return prediction;
    }

    public void setPrediction(String prediction) {
        this.prediction = prediction;
    }

    public String getPromptCacheKey() {
        return promptCacheKey;
    }

    public void setPromptCacheKey(String promptCacheKey) {
        this.promptCacheKey = promptCacheKey;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getImageMediaType() {
        return imageMediaType;
    }

    public void setImageMediaType(String imageMediaType) {
        this.imageMediaType = imageMediaType;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    public Integer getMinTokens() {
        return minTokens;
    }

    public void setMinTokens(Integer minTokens) {
        this.minTokens = minTokens;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
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

    public String getEncodingFormat() {
        return encodingFormat;
    }

    public void setEncodingFormat(String encodingFormat) {
        this.encodingFormat = encodingFormat;
    }

    public int getEmbeddingsBatchSize() {
        return embeddingsBatchSize;
    }

    public void setEmbeddingsBatchSize(int embeddingsBatchSize) {
        this.embeddingsBatchSize = embeddingsBatchSize;
    }

    public int getEmbeddingsMaxConcurrentRequests() {
        return embeddingsMaxConcurrentRequests;
    }

    public void setEmbeddingsMaxConcurrentRequests(int embeddingsMaxConcurrentRequests) {
        this.embeddingsMaxConcurrentRequests = embeddingsMaxConcurrentRequests;
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

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public boolean isStreaming() {
        return streaming;
    }

    public void setStreaming(boolean streaming) {
        this.streaming = streaming;
    }

    public String getAgentName() {
        return agentName;
    }

    public void setAgentName(String agentName) {
        this.agentName = agentName;
    }

    public Boolean getDeploymentChat() {
        return deploymentChat;
    }

    public void setDeploymentChat(Boolean deploymentChat) {
        this.deploymentChat = deploymentChat;
    }

    public String getAgentSources() {
        return agentSources;
    }

    public void setAgentSources(String agentSources) {
        this.agentSources = agentSources;
    }

    public long getStreamThreshold() {
        return streamThreshold;
    }

    public void setStreamThreshold(long streamThreshold) {
        this.streamThreshold = streamThreshold;
    }

    public long getStreamIdleTimeout() {
        return streamIdleTimeout;
    }

    public void setStreamIdleTimeout(long streamIdleTimeout) {
        this.streamIdleTimeout = streamIdleTimeout;
    }

    public int getMaxHistoryMessages() {
        return maxHistoryMessages;
    }

    public void setMaxHistoryMessages(int maxHistoryMessages) {
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

    public int getStructuredOutputRetries() {
        return structuredOutputRetries;
    }

    public void setStructuredOutputRetries(int structuredOutputRetries) {
        this.structuredOutputRetries = structuredOutputRetries;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getOptionalParameters() {
        return optionalParameters;
    }

    public void setOptionalParameters(String optionalParameters) {
        this.optionalParameters = optionalParameters;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public String getToolChoice() {
        return toolChoice;
    }

    public void setToolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    public void setParallelToolCalls(Boolean parallelToolCalls) {
        this.parallelToolCalls = parallelToolCalls;
    }

    public int getMaxToolIterations() {
        return maxToolIterations;
    }

    public void setMaxToolIterations(int maxToolIterations) {
        this.maxToolIterations = maxToolIterations;
    }

    public String getToolErrorStrategy() {
        return toolErrorStrategy;
    }

    public void setToolErrorStrategy(String toolErrorStrategy) {
        this.toolErrorStrategy = toolErrorStrategy;
    }

    public boolean isAutoToolExecution() {
        return autoToolExecution;
    }

    public void setAutoToolExecution(boolean autoToolExecution) {
        this.autoToolExecution = autoToolExecution;
    }

    // ---- the agent platform: conversations, agents, libraries, speech and voices ----
    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getAgentVersion() {
        return agentVersion;
    }

    public void setAgentVersion(String agentVersion) {
        this.agentVersion = agentVersion;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getConversationTools() {
        return conversationTools;
    }

    public void setConversationTools(String conversationTools) {
        this.conversationTools = conversationTools;
    }

    public Boolean getStore() {
        return store;
    }

    public void setStore(Boolean store) {
        this.store = store;
    }

    public String getHandoffExecution() {
        return handoffExecution;
    }

    public void setHandoffExecution(String handoffExecution) {
        this.handoffExecution = handoffExecution;
    }

    public String getFromEntryId() {
        return fromEntryId;
    }

    public void setFromEntryId(String fromEntryId) {
        this.fromEntryId = fromEntryId;
    }

    public String getAgentAlias() {
        return agentAlias;
    }

    public void setAgentAlias(String agentAlias) {
        this.agentAlias = agentAlias;
    }

    public String getLibraryId() {
        return libraryId;
    }

    public void setLibraryId(String libraryId) {
        this.libraryId = libraryId;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public String getVoice() {
        return voice;
    }

    public void setVoice(String voice) {
        this.voice = voice;
    }

    public String getAudioFormat() {
        return audioFormat;
    }

    public void setAudioFormat(String audioFormat) {
        this.audioFormat = audioFormat;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Map<String, String> getAdditionalHeaders() {
        return additionalHeaders;
    }

    public void setAdditionalHeaders(Map<String, String> additionalHeaders) {
        this.additionalHeaders = additionalHeaders;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getFileId() {
        return fileId;
    }

    public void setFileId(String fileId) {
        this.fileId = fileId;
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
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

    public String getEventSource() {
        return eventSource;
    }

    public void setEventSource(String eventSource) {
        this.eventSource = eventSource;
    }

    /** The file sources to filter on: fileSource, else the deprecated source. */
    public String fileSources() {
        return fileSource != null ? fileSource : deprecated("source", "fileSource", source);
    }

    /** Where chat completion events come from: eventSource, else the deprecated source. */
    public String eventSources() {
        return eventSource != null ? eventSource : deprecated("source", "eventSource", source);
    }

    public String getModelSuffix() {
        return modelSuffix;
    }

    public void setModelSuffix(String modelSuffix) {
        this.modelSuffix = modelSuffix;
    }

    /** The fine-tuned model's suffix: modelSuffix, else the deprecated use of suffix. */
    public String modelSuffixOrSuffix() {
        return modelSuffix != null ? modelSuffix : deprecated("suffix", "modelSuffix", suffix);
    }

    public String getBatchEndpoint() {
        return batchEndpoint;
    }

    public void setBatchEndpoint(String batchEndpoint) {
        this.batchEndpoint = batchEndpoint;
    }

    /** The API a batch runs against: the deprecated endpoint when it is set, else batchEndpoint. */
    public String batchEndpointOrEndpoint() {
        return endpoint != null ? deprecated("endpoint", "batchEndpoint", endpoint) : batchEndpoint;
    }

    /** A deprecated option's value, with a warning the first time it is used. */
    private String deprecated(String name, String replacement, String value) {
        if (value != null && WARNED.add(name + "->" + replacement)) {
            LOG.warn("The mistral option {} is deprecated here: use {} (it is read as {} for now)", name, replacement,
                    replacement);
        }
        return value;
    }

    /** @deprecated use {@link #getFileSource()} or {@link #getEventSource()} */
    @Deprecated
    public String getSource() {
        return source;
    }

    /** @deprecated use {@link #setFileSource(String)} or {@link #setEventSource(String)} */
    @Deprecated
    public void setSource(String source) {
        this.source = source;
    }

    public String getSampleType() {
        return sampleType;
    }

    public void setSampleType(String sampleType) {
        this.sampleType = sampleType;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Integer getExpiry() {
        return expiry;
    }

    public void setExpiry(Integer expiry) {
        this.expiry = expiry;
    }

    public Boolean getFineTunedOnly() {
        return fineTunedOnly;
    }

    public void setFineTunedOnly(Boolean fineTunedOnly) {
        this.fineTunedOnly = fineTunedOnly;
    }

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public String getModelDescription() {
        return modelDescription;
    }

    public void setModelDescription(String modelDescription) {
        this.modelDescription = modelDescription;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimestampGranularities() {
        return timestampGranularities;
    }

    public void setTimestampGranularities(String timestampGranularities) {
        this.timestampGranularities = timestampGranularities;
    }

    public Boolean getDiarize() {
        return diarize;
    }

    public void setDiarize(Boolean diarize) {
        this.diarize = diarize;
    }

    public String getContextBias() {
        return contextBias;
    }

    public void setContextBias(String contextBias) {
        this.contextBias = contextBias;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public Boolean getIncludeImageBase64() {
        return includeImageBase64;
    }

    public void setIncludeImageBase64(Boolean includeImageBase64) {
        this.includeImageBase64 = includeImageBase64;
    }

    public String getTableFormat() {
        return tableFormat;
    }

    public void setTableFormat(String tableFormat) {
        this.tableFormat = tableFormat;
    }

    public Boolean getExtractHeader() {
        return extractHeader;
    }

    public void setExtractHeader(Boolean extractHeader) {
        this.extractHeader = extractHeader;
    }

    public Boolean getExtractFooter() {
        return extractFooter;
    }

    public void setExtractFooter(Boolean extractFooter) {
        this.extractFooter = extractFooter;
    }

    public Boolean getIncludeBlocks() {
        return includeBlocks;
    }

    public void setIncludeBlocks(Boolean includeBlocks) {
        this.includeBlocks = includeBlocks;
    }

    public String getConfidenceScoresGranularity() {
        return confidenceScoresGranularity;
    }

    public void setConfidenceScoresGranularity(String confidenceScoresGranularity) {
        this.confidenceScoresGranularity = confidenceScoresGranularity;
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

    public String getDocumentAnnotationSchema() {
        return documentAnnotationSchema;
    }

    public void setDocumentAnnotationSchema(String documentAnnotationSchema) {
        this.documentAnnotationSchema = documentAnnotationSchema;
    }

    public String getBboxAnnotationSchema() {
        return bboxAnnotationSchema;
    }

    public void setBboxAnnotationSchema(String bboxAnnotationSchema) {
        this.bboxAnnotationSchema = bboxAnnotationSchema;
    }

    public String getDocumentAnnotationPrompt() {
        return documentAnnotationPrompt;
    }

    public void setDocumentAnnotationPrompt(String documentAnnotationPrompt) {
        this.documentAnnotationPrompt = documentAnnotationPrompt;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getCreatedAfter() {
        return createdAfter;
    }

    public void setCreatedAfter(String createdAfter) {
        this.createdAfter = createdAfter;
    }

    public String getCreatedBefore() {
        return createdBefore;
    }

    public void setCreatedBefore(String createdBefore) {
        this.createdBefore = createdBefore;
    }

    public Boolean getCreatedByMe() {
        return createdByMe;
    }

    public void setCreatedByMe(Boolean createdByMe) {
        this.createdByMe = createdByMe;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getTrainingFiles() {
        return trainingFiles;
    }

    public void setTrainingFiles(String trainingFiles) {
        this.trainingFiles = trainingFiles;
    }

    public String getValidationFiles() {
        return validationFiles;
    }

    public void setValidationFiles(String validationFiles) {
        this.validationFiles = validationFiles;
    }

    public Integer getTrainingSteps() {
        return trainingSteps;
    }

    public void setTrainingSteps(Integer trainingSteps) {
        this.trainingSteps = trainingSteps;
    }

    public Double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(Double learningRate) {
        this.learningRate = learningRate;
    }

    public Double getEpochs() {
        return epochs;
    }

    public void setEpochs(Double epochs) {
        this.epochs = epochs;
    }

    public Double getWeightDecay() {
        return weightDecay;
    }

    public void setWeightDecay(Double weightDecay) {
        this.weightDecay = weightDecay;
    }

    public Double getWarmupFraction() {
        return warmupFraction;
    }

    public void setWarmupFraction(Double warmupFraction) {
        this.warmupFraction = warmupFraction;
    }

    public Integer getSeqLen() {
        return seqLen;
    }

    public void setSeqLen(Integer seqLen) {
        this.seqLen = seqLen;
    }

    public Double getFimRatio() {
        return fimRatio;
    }

    public void setFimRatio(Double fimRatio) {
        this.fimRatio = fimRatio;
    }

    public Boolean getAutoStart() {
        return autoStart;
    }

    public void setAutoStart(Boolean autoStart) {
        this.autoStart = autoStart;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getInputFiles() {
        return inputFiles;
    }

    public void setInputFiles(String inputFiles) {
        this.inputFiles = inputFiles;
    }

    /** @deprecated use {@link #getBatchEndpoint()} */
    @Deprecated
    public String getEndpoint() {
        return endpoint;
    }

    /** @deprecated use {@link #setBatchEndpoint(String)} */
    @Deprecated
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getMetadata() {
        return metadata;
    }

    public void setMetadata(String metadata) {
        this.metadata = metadata;
    }

    public Integer getTimeoutHours() {
        return timeoutHours;
    }

    public void setTimeoutHours(Integer timeoutHours) {
        this.timeoutHours = timeoutHours;
    }

    public String getResultsFormat() {
        return resultsFormat;
    }

    public void setResultsFormat(String resultsFormat) {
        this.resultsFormat = resultsFormat;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public long getCreatedAfterOverlap() {
        return createdAfterOverlap;
    }

    public void setCreatedAfterOverlap(long createdAfterOverlap) {
        this.createdAfterOverlap = createdAfterOverlap;
    }

    public boolean isIncludeResults() {
        return includeResults;
    }

    public void setIncludeResults(boolean includeResults) {
        this.includeResults = includeResults;
    }

    public int getEventQueueSize() {
        return eventQueueSize;
    }

    public void setEventQueueSize(int eventQueueSize) {
        this.eventQueueSize = eventQueueSize;
    }

    public long getEventQueueMaxBytes() {
        return eventQueueMaxBytes;
    }

    public void setEventQueueMaxBytes(long eventQueueMaxBytes) {
        this.eventQueueMaxBytes = eventQueueMaxBytes;
    }

    public long getDrainTimeout() {
        return drainTimeout;
    }

    public void setDrainTimeout(long drainTimeout) {
        this.drainTimeout = drainTimeout;
    }

    public int getPollConcurrency() {
        return pollConcurrency;
    }

    public void setPollConcurrency(int pollConcurrency) {
        this.pollConcurrency = pollConcurrency;
    }

    public int getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    public void setMaxDeliveryAttempts(int maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    /**
     * The values of a list option (comma separated) or of a header given as a collection, stripped, blanks dropped;
     * null when there are none.
     */
    public static List<String> listOf(Object raw) {
        if (raw == null) {
            return null;
        }
        Collection<?> items = raw instanceof Collection<?> many ? many : Arrays.asList(raw.toString().split(","));
        List<String> values = items.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return values.isEmpty() ? null : values;
    }

    /** An independent copy, so an endpoint can change its options without touching the component's. */
    public MistralConfiguration copy() {
        try {
            MistralConfiguration copy = (MistralConfiguration) clone();
            // an endpoint adds its own headers to the component's without changing them
            copy.additionalHeaders = additionalHeaders == null ? null : new LinkedHashMap<>(additionalHeaders);
            copy.parameter = parameter == null ? null : new LinkedHashMap<>(parameter);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        // never the key: this may end up in logs and route dumps
        return "MistralConfiguration[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey != null ? "******" : "none") + "]";
    }
}
