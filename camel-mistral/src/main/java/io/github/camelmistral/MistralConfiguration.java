package io.github.camelmistral;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the {@code mistral:} component. Set on the component they are the defaults of every endpoint; an
 * endpoint gets its own {@link #copy()} and overrides what its URI sets; a header overrides per message.
 */
@Configurer
@UriParams
public class MistralConfiguration implements Cloneable {
    @UriParam(label = "security", secret = true)
    @Metadata(description = "The Mistral API key. Prefer `{{env:MISTRAL_API_KEY}}` or a vault placeholder to a literal. When not set, the `MISTRAL_API_KEY` environment variable is used.")
    private String apiKey;
    @UriParam(label = "common", defaultValue = "https://api.mistral.ai")
    @Metadata(description = "The base URL of the API. Point it at a local simulator or a proxy for tests.")
    private String baseUrl = "https://api.mistral.ai";
    @UriParam(label = "common")
    @Metadata(description = "The model to use. Defaults per API: `mistral-small-latest` for chat and analyzeImage, `codestral-latest` for fim, `mistral-embed` for embeddings.")
    private String model;
    @UriParam(label = "producer")
    @Metadata(description = "The operation of a resource API: for `model` list, get, delete, update, archive, unarchive; for `file` upload, list, get, delete, download, signedUrl; for `fineTuningJob` create, list, get, cancel, start; for `batchJob` create, list, get, cancel, results. The `CamelMistralOperation` header overrides it per message.")
    private String operation;
    @UriParam(label = "producer")
    @Metadata(description = "The file id for file operations and file-based inputs; the `CamelMistralFileId` header overrides it.")
    private String fileId;
    @UriParam(label = "producer")
    @Metadata(description = "The model id for model operations (e.g. `ft:open-mistral-7b:...`); the `CamelMistralModelId` header overrides it.")
    private String modelId;
    @UriParam(label = "producer")
    @Metadata(description = "The job id for batch and fine-tuning job operations; the `CamelMistralJobId` header overrides it.")
    private String jobId;
    @UriParam(label = "producer")
    @Metadata(description = "A system message put before the conversation (chat and analyzeImage).")
    private String systemMessage;
    @UriParam(label = "producer")
    @Metadata(description = "Sampling temperature, 0 to 1.5. Lower is more deterministic; the default depends on the model.")
    private Double temperature;
    @UriParam(label = "producer")
    @Metadata(description = "Nucleus sampling: only the tokens within this probability mass (0 to 1) are considered.")
    private Double topP;
    @UriParam(label = "producer")
    @Metadata(description = "The maximum number of tokens to generate.")
    private Integer maxTokens;
    @UriParam(label = "producer")
    @Metadata(description = "A seed that makes sampling deterministic.")
    private Integer randomSeed;
    @UriParam(label = "producer")
    @Metadata(description = "Whether to prepend Mistral's safety system prompt (chat only).")
    private Boolean safePrompt;
    @UriParam(label = "producer")
    @Metadata(description = "Stop sequences, comma separated: generation stops when one is produced.")
    private String stop;
    @UriParam(label = "producer")
    @Metadata(description = "How many choices to generate (chat and agent); the body carries the first, the `CamelMistralResponse` header all.")
    private Integer n;
    @UriParam(label = "producer")
    @Metadata(description = "Penalty (-2 to 2) on tokens that already appeared, favouring new topics.")
    private Double presencePenalty;
    @UriParam(label = "producer")
    @Metadata(description = "Penalty (-2 to 2) on tokens by how often they already appeared.")
    private Double frequencyPenalty;
    @UriParam(label = "producer", enums = "text,json_object,json_schema")
    @Metadata(description = "The shape of the reply: `text`, `json_object` (JSON mode; the prompt must ask for JSON too) or `json_schema` (reply constrained to `jsonSchema`). The reply is always a String.")
    private String responseFormat;
    @UriParam(label = "producer")
    @Metadata(supportFileReference = true, description = "The JSON schema for `responseFormat=json_schema`: inline JSON, or a reference such as `resource:classpath:schemas/invoice.json`.")
    private String jsonSchema;
    @UriParam(label = "producer", defaultValue = "response")
    @Metadata(description = "The name given to the JSON schema of `responseFormat=json_schema`.")
    private String jsonSchemaName = "response";
    @UriParam(label = "producer")
    @Metadata(description = "Whether the model must follow the JSON schema strictly.")
    private Boolean jsonSchemaStrict;
    @UriParam(label = "producer", enums = "high,none")
    @Metadata(description = "Reasoning effort of reasoning models: `high` for full reasoning traces, `none` to disable them.")
    private String reasoningEffort;
    @UriParam(label = "producer", defaultValue = "Describe this image.")
    @Metadata(description = "The question asked about the image in `mistral:analyzeImage`.")
    private String prompt = "Describe this image.";
    @UriParam(label = "producer", enums = "image/png,image/jpeg,image/webp,image/gif")
    @Metadata(description = "The media type of the image body of `mistral:analyzeImage`. Detected from the bytes when not set.")
    private String imageMediaType;
    @UriParam(label = "producer")
    @Metadata(description = "For `mistral:fim`: the code after the gap the model fills.")
    private String suffix;
    @UriParam(label = "producer")
    @Metadata(description = "For `mistral:fim`: the minimum number of tokens to generate.")
    private Integer minTokens;
    @UriParam(label = "producer")
    @Metadata(description = "For `mistral:agent`: the id of the agent to call (e.g. `ag_...`).")
    private String agentId;
    @UriParam(label = "producer")
    @Metadata(description = "For `mistral:embeddings`: the dimension of the vectors, on models that support it (e.g. `codestral-embed`).")
    private Integer outputDimension;
    @UriParam(label = "producer", enums = "float,int8,uint8,binary,ubinary")
    @Metadata(description = "For `mistral:embeddings`: the data type of the vectors, on models that support it.")
    private String outputDtype;
    @UriParam(label = "producer,advanced", defaultValue = "128")
    @Metadata(description = "For `mistral:embeddings`: the most inputs sent in one request. A larger list is split into several requests and the vectors reassembled in input order.")
    private int embeddingsBatchSize = 128;
    @UriParam(label = "producer,advanced", defaultValue = "4")
    @Metadata(description = "For `mistral:embeddings`: how many requests of one split list are in flight at once.")
    private int embeddingsMaxConcurrentRequests = 4;
    @UriParam(label = "producer", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE")
    @Metadata(description = "For `mistral:apiRequest`: the HTTP method.")
    private String method = "GET";
    @UriParam(label = "producer")
    @Metadata(description = "For `mistral:apiRequest`: the path relative to `baseUrl`, e.g. `/v1/models`. URLs of other hosts are refused.")
    private String path;
    @UriParam(label = "producer")
    @Metadata(description = "For `mistral:apiRequest`: query parameters as `a=1&b=2`; repeat a name for a list (`status=QUEUED&status=RUNNING`).")
    private String queryParameters;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    @Metadata(description = "How long to wait for a connection to the API, in milliseconds (or a duration such as `10s`).")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    @Metadata(description = "How long to wait for the answer of one call once sent, in milliseconds (or a duration such as `2m`). Generations of long texts need minutes.")
    private long requestTimeout = 120000;

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

    /** An independent copy, so an endpoint can change its options without touching the component's. */
    public MistralConfiguration copy() {
        try {
            return (MistralConfiguration) clone();
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
