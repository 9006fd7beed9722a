package io.github.camelmistral.api;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.agents.AgentsApi;
import io.github.camelmistral.api.audio.AudioApi;
import io.github.camelmistral.api.batch.BatchJobsApi;
import io.github.camelmistral.api.chat.ChatApi;
import io.github.camelmistral.api.classifiers.ClassifiersApi;
import io.github.camelmistral.api.conversations.ConversationsApi;
import io.github.camelmistral.api.embeddings.EmbeddingsApi;
import io.github.camelmistral.api.files.FilesApi;
import io.github.camelmistral.api.fim.FimApi;
import io.github.camelmistral.api.libraries.LibrariesApi;
import io.github.camelmistral.api.finetuning.FineTuningJobsApi;
import io.github.camelmistral.api.models.ModelsApi;
import io.github.camelmistral.api.observability.ObservabilityApi;
import io.github.camelmistral.api.ocr.OcrApi;

/**
 * The Mistral API of one endpoint, one typed facade per API group. Each facade owns the paths, query names and paging
 * rules of its group; producers and triggers call these methods and never build a request themselves.
 */
public final class MistralApi {

    private final MistralClient client;
    private final ChatApi chat;
    private final FimApi fim;
    private final AgentsApi agents;
    private final EmbeddingsApi embeddings;
    private final OcrApi ocr;
    private final ClassifiersApi classifiers;
    private final AudioApi audio;
    private final ModelsApi models;
    private final FilesApi files;
    private final BatchJobsApi batchJobs;
    private final FineTuningJobsApi fineTuningJobs;
    private final ObservabilityApi observability;
    private final ConversationsApi conversations;
    private final LibrariesApi libraries;

    public MistralApi(MistralClient client) {
        this.client = client;
        this.chat = new ChatApi(client);
        this.fim = new FimApi(client);
        this.agents = new AgentsApi(client);
        this.embeddings = new EmbeddingsApi(client);
        this.ocr = new OcrApi(client);
        this.classifiers = new ClassifiersApi(client);
        this.audio = new AudioApi(client);
        this.models = new ModelsApi(client);
        this.files = new FilesApi(client);
        this.batchJobs = new BatchJobsApi(client, files);
        this.fineTuningJobs = new FineTuningJobsApi(client);
        this.observability = new ObservabilityApi(client);
        this.conversations = new ConversationsApi(client);
        this.libraries = new LibrariesApi(client);
    }

    public ChatApi chat() {
        return chat;
    }

    public FimApi fim() {
        return fim;
    }

    public AgentsApi agents() {
        return agents;
    }

    public EmbeddingsApi embeddings() {
        return embeddings;
    }

    public OcrApi ocr() {
        return ocr;
    }

    public ClassifiersApi classifiers() {
        return classifiers;
    }

    public AudioApi audio() {
        return audio;
    }

    public ModelsApi models() {
        return models;
    }

    public FilesApi files() {
        return files;
    }

    public BatchJobsApi batchJobs() {
        return batchJobs;
    }

    public FineTuningJobsApi fineTuningJobs() {
        return fineTuningJobs;
    }

    public ObservabilityApi observability() {
        return observability;
    }

    public ConversationsApi conversations() {
        return conversations;
    }

    public LibrariesApi libraries() {
        return libraries;
    }

    /**
     * Any call, for operations without a facade ({@code mistral:apiRequest}): the 2xx answer as it came; a non-2xx
     * fails with {@link MistralApiException}.
     */
    public CompletableFuture<RawResponse> raw(ApiCall call) {
        return client.callRaw(call);
    }

    /**
     * Any call, its body JSON or a multipart {@code form}, whose large binary answers ({@code bufferLimit}) and, when
     * {@code eventIdleTimeout} is set, event streams come back streamed (see {@link MistralClient#exchange}).
     */
    public CompletableFuture<RawResponse> raw(ApiCall call, Multipart form, long bufferLimit, java.time.Duration eventIdleTimeout) {
        return client.exchange(call, form, bufferLimit, eventIdleTimeout);
    }

    /** The base URL every path is relative to. */
    public String baseUrl() {
        return client.baseUrl();
    }

    @Override
    public String toString() {
        return "MistralApi[" + client.baseUrl() + "]";
    }
}
