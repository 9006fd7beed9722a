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
    apiRequest(null);

    private final String defaultModel;

    MistralApiName(String defaultModel) {
        this.defaultModel = defaultModel;
    }

    /** The model used when neither the {@code model} option nor the {@code CamelMistralModel} header is set. */
    public String defaultModel() {
        return defaultModel;
    }
}
