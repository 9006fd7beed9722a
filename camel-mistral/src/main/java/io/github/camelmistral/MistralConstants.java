package io.github.camelmistral;

import org.apache.camel.spi.Metadata;

/**
 * The message headers of the {@code mistral:} component. Input headers override the endpoint option of the same name
 * for one message; output headers describe the call that was made.
 */
public final class MistralConstants {

    // ---- inputs: per-message overrides of endpoint options ----

    @Metadata(label = "producer", description = "The model to use, overriding the `model` option.", javaType = "String")
    public static final String MODEL = "CamelMistralModel";
    @Metadata(label = "producer", description = "The operation to perform on a resource API (`model`, `file`, "
                                                + "`fineTuningJob`, `batchJob`), overriding the `operation` option.",
              javaType = "String")
    public static final String OPERATION = "CamelMistralOperation";
    @Metadata(label = "producer", description = "The id of the file to work on, overriding the `fileId` option.",
              javaType = "String")
    public static final String FILE_ID = "CamelMistralFileId";
    @Metadata(label = "producer", description = "The id of the model to work on, overriding the `modelId` option.",
              javaType = "String")
    public static final String MODEL_ID = "CamelMistralModelId";
    @Metadata(label = "producer", description = "The id of the batch or fine-tuning job to work on, overriding the "
                                                + "`jobId` option.", javaType = "String")
    public static final String JOB_ID = "CamelMistralJobId";
    @Metadata(label = "producer", description = "System message put before the conversation, overriding `systemMessage`.",
              javaType = "String")
    public static final String SYSTEM_MESSAGE = "CamelMistralSystemMessage";
    @Metadata(label = "producer", description = "Sampling temperature (0 to 1.5), overriding `temperature`.",
              javaType = "Double")
    public static final String TEMPERATURE = "CamelMistralTemperature";
    @Metadata(label = "producer", description = "Nucleus sampling mass (0 to 1), overriding `topP`.", javaType = "Double")
    public static final String TOP_P = "CamelMistralTopP";
    @Metadata(label = "producer", description = "Maximum number of tokens to generate, overriding `maxTokens`.",
              javaType = "Integer")
    public static final String MAX_TOKENS = "CamelMistralMaxTokens";
    @Metadata(label = "producer", description = "Seed for deterministic sampling, overriding `randomSeed`.",
              javaType = "Integer")
    public static final String RANDOM_SEED = "CamelMistralRandomSeed";
    @Metadata(label = "producer", description = "Stop sequences (a comma-separated String or a List), overriding `stop`.",
              javaType = "Object")
    public static final String STOP = "CamelMistralStop";
    @Metadata(label = "producer", description = "The response format (`text`, `json_object`, `json_schema`), "
                                                + "overriding `responseFormat`.", javaType = "String")
    public static final String RESPONSE_FORMAT = "CamelMistralResponseFormat";
    @Metadata(label = "producer", description = "The JSON schema for `responseFormat=json_schema` (inline JSON or a "
                                                + "`resource:classpath:...` reference), overriding `jsonSchema`.",
              javaType = "String")
    public static final String JSON_SCHEMA = "CamelMistralJsonSchema";
    @Metadata(label = "producer", description = "The agent to call with `mistral:agent`, overriding `agentId`.",
              javaType = "String")
    public static final String AGENT_ID = "CamelMistralAgentId";
    @Metadata(label = "producer", description = "The code after the gap for `mistral:fim`, overriding `suffix`.",
              javaType = "String")
    public static final String SUFFIX = "CamelMistralSuffix";
    @Metadata(label = "producer", description = "The question asked about the image for `mistral:analyzeImage`, "
                                                + "overriding `prompt`.", javaType = "String")
    public static final String PROMPT = "CamelMistralPrompt";
    @Metadata(label = "producer", description = "HTTP method of `mistral:apiRequest`, overriding `method`.",
              javaType = "String")
    public static final String METHOD = "CamelMistralMethod";
    @Metadata(label = "producer", description = "Path of `mistral:apiRequest` relative to `baseUrl`, overriding `path`.",
              javaType = "String")
    public static final String PATH = "CamelMistralPath";
    @Metadata(label = "producer", description = "Query parameters of `mistral:apiRequest`: a `Map` (values may be "
                                                + "lists, sent as repeated parameters) or a `a=1&b=2` string, "
                                                + "overriding `queryParameters`.", javaType = "Object")
    public static final String QUERY = "CamelMistralQuery";

    // ---- outputs ----

    @Metadata(label = "producer", description = "Tokens of the prompt, as counted by the API.", javaType = "Integer")
    public static final String PROMPT_TOKENS = "CamelMistralPromptTokens";
    @Metadata(label = "producer", description = "Tokens generated, as counted by the API.", javaType = "Integer")
    public static final String COMPLETION_TOKENS = "CamelMistralCompletionTokens";
    @Metadata(label = "producer", description = "Total tokens billed for the call.", javaType = "Integer")
    public static final String TOTAL_TOKENS = "CamelMistralTotalTokens";
    @Metadata(label = "producer", description = "Why generation stopped: `stop`, `length`, `model_length`, `error` or "
                                                + "`tool_calls`.", javaType = "String")
    public static final String FINISH_REASON = "CamelMistralFinishReason";
    @Metadata(label = "producer", description = "The id the API gave the response.", javaType = "String")
    public static final String RESPONSE_ID = "CamelMistralResponseId";
    @Metadata(label = "producer", description = "The model that actually answered (an alias resolves to a version).",
              javaType = "String")
    public static final String RESPONSE_MODEL = "CamelMistralResponseModel";
    @Metadata(label = "producer", description = "The gateway's request id of the call (`mistral-correlation-id`), "
                                                + "for support requests.", javaType = "String")
    public static final String REQUEST_ID = "CamelMistralRequestId";
    @Metadata(label = "producer", description = "The full typed response of the call (e.g. `ChatCompletionResponse`, "
                                                + "`EmbeddingResponse`), for what the body and headers do not carry.",
              javaType = "Object")
    public static final String RESPONSE = "CamelMistralResponse";
    @Metadata(label = "producer", description = "The conversation after a chat or agent call: the messages sent plus "
                                                + "the assistant's reply, as a `List<ChatMessage>`. Append the next "
                                                + "user message and send it as the body to continue the conversation.",
              javaType = "java.util.List<io.github.camelmistral.api.model.chat.ChatMessage>")
    public static final String CONVERSATION = "CamelMistralConversation";
    @Metadata(label = "producer", description = "The HTTP status of a `mistral:apiRequest` call.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelMistralHttpStatus";

    private MistralConstants() {
    }
}
