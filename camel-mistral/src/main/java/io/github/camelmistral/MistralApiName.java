package io.github.camelmistral;

/**
 * The API groups a {@code mistral:} URI can name. Each knows the model it uses when none is configured.
 */
public enum MistralApiName {
    chat("mistral-small-latest"),
    analyzeImage("mistral-small-latest"),
    fim("codestral-latest"),
    agent(null),
    embeddings("mistral-embed"),
    ocr("mistral-ocr-latest"),
    moderation("mistral-moderation-latest"),
    /** No default: classification needs a classifier fine-tuned in the workspace. */
    classification(null),
    /** No default model: create needs one; list filters by it when set. */
    fineTuningJob(null),
    /** No default model: each request body may name its own. */
    batchJob(null),
    transcription("voxtral-mini-latest"),
    model(null),
    file(null),
    /** Conversations with a model take this one unless `model` is set; agent conversations take none. */
    conversation("mistral-small-latest"),
    library(null),
    libraryDocument(null),
    /** No default model: the API chooses its speech model. */
    speech(null),
    voice(null),
    apiRequest(null),
    /** A route the model may call as a tool (consumer only). */
    tool(null);

    private final String defaultModel;

    MistralApiName(String defaultModel) {
        this.defaultModel = defaultModel;
    }

    /**
     * The operation name of the OpenTelemetry GenAI conventions ({@code gen_ai.operation.name}) where one fits, else
     * the API group's own name.
     */
    public String operationName() {
        return switch (this) {
            case chat, analyzeImage -> "chat";
            case fim -> "text_completion";
            case agent -> "invoke_agent";
            case embeddings -> "embeddings";
            default -> name();
        };
    }

    /** The model used when neither the {@code model} option nor the {@code CamelMistralModel} header is set. */
    public String defaultModel() {
        return defaultModel;
    }
}
