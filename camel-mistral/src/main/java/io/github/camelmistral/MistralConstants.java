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
    @Metadata(label = "producer", description = "The name of the file `mistral:file` uploads (or of the audio "
                                                + "`mistral:transcription` sends), overriding `fileName` and Camel's "
                                                + "`CamelFileName`.", javaType = "String")
    public static final String FILE_NAME = "CamelMistralFileName";
    @Metadata(label = "producer", description = "The purpose of the file `mistral:file` uploads or lists (`fine-tune`, "
                                                + "`batch`, `ocr`, `audio`), overriding `purpose`.", javaType = "String")
    public static final String PURPOSE = "CamelMistralPurpose";
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
    @Metadata(label = "producer", description = "The conversation of `mistral:conversation`, overriding "
                                                + "`conversationId`: without an operation, append to it (else start a "
                                                + "new one). Set on the output of every turn, so that the next turn of "
                                                + "the same exchange continues the conversation.",
              javaType = "String")
    public static final String CONVERSATION_ID = "CamelMistralConversationId";
    @Metadata(label = "producer", description = "The agent version (a number or an alias) of `mistral:conversation` "
                                                + "start and restart and of the `mistral:agent` version operations, "
                                                + "overriding `agentVersion`.", javaType = "String")
    public static final String AGENT_VERSION = "CamelMistralAgentVersion";
    @Metadata(label = "producer", description = "The alias `mistral:agent` setAlias and deleteAlias work on, "
                                                + "overriding `agentAlias`.", javaType = "String")
    public static final String AGENT_ALIAS = "CamelMistralAgentAlias";
    @Metadata(label = "producer", description = "The entry `mistral:conversation` restart continues from, overriding "
                                                + "`fromEntryId`.", javaType = "String")
    public static final String ENTRY_ID = "CamelMistralEntryId";
    @Metadata(label = "producer", description = "The library of `mistral:library` and `mistral:libraryDocument`, or "
                                                + "the libraries (comma separated) the `document_library` tool of "
                                                + "`mistral:conversation` searches, overriding `libraryId`.",
              javaType = "String")
    public static final String LIBRARY_ID = "CamelMistralLibraryId";
    @Metadata(label = "producer", description = "The document of `mistral:libraryDocument`, overriding `documentId`; "
                                                + "set by upload.", javaType = "String")
    public static final String DOCUMENT_ID = "CamelMistralDocumentId";
    @Metadata(label = "producer", description = "The voice of `mistral:speech` and `mistral:voice`, overriding `voice`; "
                                                + "set by voice create.", javaType = "String")
    public static final String VOICE_ID = "CamelMistralVoiceId";
    @Metadata(label = "producer", description = "The audio format of `mistral:speech` (mp3, wav, pcm, flac, opus), "
                                                + "overriding `audioFormat`.", javaType = "String")
    public static final String AUDIO_FORMAT = "CamelMistralAudioFormat";
    @Metadata(label = "producer", description = "The code after the gap for `mistral:fim`, or the model name suffix for "
                                                + "`mistral:fineTuningJob`, overriding `suffix`.",
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

    @Metadata(label = "producer", description = "The pages `mistral:ocr` reads, 0-based: a `0-5` or `0,2-4` style String "
                                                + "or a List of page numbers, overriding `pages`.", javaType = "Object")
    public static final String PAGES = "CamelMistralPages";

    @Metadata(label = "producer", description = "The `created_after` filter of a `fineTuningJob` or `batchJob` list: an "
                                                + "ISO-8601 String, an `Instant`, `OffsetDateTime`, `Date` or Unix seconds, "
                                                + "overriding `createdAfter`.", javaType = "Object")
    public static final String CREATED_AFTER = "CamelMistralCreatedAfter";
    @Metadata(label = "producer", description = "The one page (0-based) a `file`, `fineTuningJob` or `batchJob` list "
                                                + "returns, overriding `page`.", javaType = "Integer")
    public static final String PAGE = "CamelMistralPage";
    @Metadata(label = "producer", description = "The metadata of the request (`chat`, `analyzeImage`, `fim`, `agent`, "
                                                + "`embeddings`) or of the batch job `mistral:batchJob` creates: a `Map` "
                                                + "or a `key=value,key=value` String, overriding `metadata`.",
              javaType = "Object")
    public static final String METADATA = "CamelMistralMetadata";
    @Metadata(label = "producer", description = "The predicted output of a `chat` or `agent` call (the text the reply is "
                                                + "expected to mostly repeat), overriding `prediction`.",
              javaType = "String")
    public static final String PREDICTION = "CamelMistralPrediction";
    @Metadata(label = "producer", description = "The prompt cache key of a `chat`, `fim` or `agent` call, overriding "
                                                + "`promptCacheKey`.", javaType = "String")
    public static final String PROMPT_CACHE_KEY = "CamelMistralPromptCacheKey";

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
    @Metadata(label = "producer", description = "Requests left in the workspace's current minute, from the answer's "
                                                + "`x-ratelimit-remaining-req-minute` header, when the API sends it.",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING_REQUESTS = "CamelMistralRateLimitRemainingRequests";
    @Metadata(label = "producer", description = "Tokens left in the workspace's current minute, from the answer's "
                                                + "`x-ratelimit-remaining-tokens-minute` header, when the API sends it.",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING_TOKENS = "CamelMistralRateLimitRemainingTokens";
    @Metadata(label = "producer", description = "Every rate-limit header of the answer as sent (`x-ratelimit-*`, "
                                                + "`ratelimit*`), names in lower case; absent when there were none.",
              javaType = "java.util.Map<String, String>")
    public static final String RATE_LIMITS = "CamelMistralRateLimits";
    @Metadata(label = "producer", description = "The prompt tokens the API served from its cache "
                                                + "(`prompt_tokens_details.cached_tokens`), when it reports them.",
              javaType = "Integer")
    public static final String CACHED_TOKENS = "CamelMistralCachedTokens";
    @Metadata(label = "producer", description = "The seconds of audio a call was billed for (`prompt_audio_seconds`), "
                                                + "when the API reports them.", javaType = "Integer")
    public static final String PROMPT_AUDIO_SECONDS = "CamelMistralPromptAudioSeconds";
    @Metadata(label = "producer", description = "What a reasoning model thought before answering (its `thinking` "
                                                + "chunks); the body is the answer only.", javaType = "String")
    public static final String REASONING = "CamelMistralReasoning";
    @Metadata(label = "producer", description = "The full typed response of the call (e.g. `ChatCompletionResponse`, "
                                                + "`EmbeddingResponse`), for what the body and headers do not carry.",
              javaType = "Object")
    public static final String RESPONSE = "CamelMistralResponse";
    @Metadata(label = "producer", description = "The conversation after a chat or agent call: the messages sent plus "
                                                + "the assistant's reply, as a `List<ChatMessage>`. Append the next "
                                                + "user message and send it as the body to continue the conversation.",
              javaType = "java.util.List<io.github.camelmistral.api.chat.ChatMessage>")
    public static final String CONVERSATION = "CamelMistralConversation";
    @Metadata(label = "producer", description = "The entries a `mistral:conversation` turn added (message outputs, "
                                                + "tool executions, function calls), as `ConversationEntry` records.",
              javaType = "java.util.List<io.github.camelmistral.api.conversations.ConversationEntry>")
    public static final String CONVERSATION_ENTRIES = "CamelMistralConversationEntries";
    @Metadata(label = "producer,memory", description = "The conversation this message continues: its earlier "
                                                       + "messages are sent along with it, and the answer is kept for "
                                                       + "the next message with the same id (client-side memory).",
              javaType = "String")
    public static final String MEMORY_ID = "CamelMistralMemoryId";
    @Metadata(label = "consumer,tool", description = "The name of the tool the model called, on the exchange of a "
                                                     + "mistral:tool route.", javaType = "String")
    public static final String TOOL_NAME = "CamelMistralToolName";
    @Metadata(label = "consumer,tool", description = "The id the model gave the tool call, on the exchange of a "
                                                     + "mistral:tool route.", javaType = "String")
    public static final String TOOL_CALL_ID = "CamelMistralToolCallId";
    @Metadata(label = "producer,tools", description = "After a tool loop: every tool call the model made, with its "
                                                      + "arguments and result, in order (`ToolCallRecord`s); with "
                                                      + "autoToolExecution=false, the calls the model asks for.",
              javaType = "java.util.List<io.github.camelmistral.tools.ToolCallRecord>")
    public static final String TOOL_CALLS = "CamelMistralToolCalls";
    @Metadata(label = "producer", description = "The pages `mistral:ocr` processed, as billed (`usage_info.pages_processed`).",
              javaType = "Integer")
    public static final String PAGES_PROCESSED = "CamelMistralPagesProcessed";
    @Metadata(label = "producer", description = "The document annotation of `mistral:ocr` as JSON text, when "
                                                + "`documentAnnotationSchema` is set.", javaType = "String")
    public static final String DOCUMENT_ANNOTATION = "CamelMistralDocumentAnnotation";
    @Metadata(label = "producer", description = "Whether `mistral:moderation` flagged any category of any input.",
              javaType = "Boolean")
    public static final String FLAGGED = "CamelMistralFlagged";
    @Metadata(label = "producer", description = "The status of the batch or fine-tuning job returned (e.g. `QUEUED`, "
                                                + "`SUCCESS`); the job's id goes to `CamelMistralJobId`.",
              javaType = "String")
    public static final String JOB_STATUS = "CamelMistralJobStatus";
    @Metadata(label = "producer", description = "How many items a list operation matched: the API's total for one page, "
                                                + "the number of items returned for all pages.", javaType = "Integer")
    public static final String TOTAL = "CamelMistralTotal";
    @Metadata(label = "producer", description = "The timed segments of a `mistral:transcription` (with "
                                                + "`timestampGranularities`), speaker ids included when `diarize` is on.",
              javaType = "java.util.List<io.github.camelmistral.api.audio.TranscriptionSegment>")
    public static final String SEGMENTS = "CamelMistralSegments";
    @Metadata(label = "producer", description = "The HTTP status of a `mistral:apiRequest` call.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelMistralHttpStatus";

    // ---- triggers (consumers) ----

    @Metadata(label = "consumer", description = "The kind of event a trigger fired on, as the event type of the Mistral resource, "
                                                + "e.g. `batch_job.succeeded`, `file.uploaded`, `chat_completion.created`.",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelMistralEventType";
    @Metadata(label = "consumer", description = "The id of a trigger event: the same event always has the same id, so a "
                                                + "route can dedupe on it (e.g. with an idempotent consumer).",
              javaType = "String")
    public static final String EVENT_ID = "CamelMistralEventId";
    @Metadata(label = "consumer", description = "The status a job had before the transition a `statusChanged`, "
                                                + "`succeeded`, `failed` or `cancelled` trigger reports; absent when the "
                                                + "job is seen for the first time. The new status is in `CamelMistralJobStatus`.",
              javaType = "String")
    public static final String PREVIOUS_STATUS = "CamelMistralPreviousStatus";
    @Metadata(label = "consumer", description = "The route that made the call a completion trigger reports.",
              javaType = "String")
    public static final String PRODUCER_ROUTE_ID = "CamelMistralProducerRouteId";
    @Metadata(label = "consumer", description = "The `process_status` a document of a `mistral:libraryDocument` "
                                                + "trigger ended in: `done` for `processed`; `error` or "
                                                + "`missing_content` for `failed`.", javaType = "String")
    public static final String DOCUMENT_STATUS = "CamelMistralDocumentStatus";
    @Metadata(label = "consumer", description = "A summary of the request a completion trigger reports (the last user "
                                                + "message or input, shortened to 200 characters).", javaType = "String")
    public static final String REQUEST_SUMMARY = "CamelMistralRequestSummary";
    @Metadata(label = "consumer", description = "The results of the succeeded job of a `mistral:batchJob` trigger "
                                                + "with `event=succeeded` and `includeResults=true`: an `Iterator` "
                                                + "of `BatchResult` over the output file and then the error file, "
                                                + "downloaded line by line as the route reads it (use "
                                                + "`split(header(...)).streaming()`), closed when the exchange completes.",
              javaType = "java.util.Iterator<io.github.camelmistral.api.batch.BatchResult>")
    public static final String BATCH_RESULTS = "CamelMistralBatchResults";
    @Metadata(label = "consumer", description = "On a `succeeded` event of a `mistral:batchJob` trigger with "
                                                + "`includeResults=true` whose results could not be opened (the output "
                                                + "file is gone, 404, or could not be read after the retries): why, as "
                                                + "text. The event is delivered anyway, without `CamelMistralBatchResults`.",
              javaType = "String")
    public static final String BATCH_RESULTS_ERROR = "CamelMistralBatchResultsError";
    @Metadata(label = "consumer", description = "On a `deleted` event of the file trigger: `true` when the file was last "
                                                + "seen with an `expires_at` at or before the time the deletion was "
                                                + "detected, so it most likely expired rather than being deleted; "
                                                + "`false` otherwise (no `expires_at`, or a later one).",
              javaType = "Boolean")
    public static final String FILE_EXPIRED = "CamelMistralFileExpired";

    private MistralConstants() {
    }
}
