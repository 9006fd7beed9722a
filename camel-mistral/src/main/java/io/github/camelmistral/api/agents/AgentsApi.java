package io.github.camelmistral.api.agents;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.ArrayPagedList;
import io.github.camelmistral.api.Listing;
import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatStreamDecoder;
import io.github.camelmistral.api.stream.TextStream;

/**
 * Agents: completions by an agent ({@code /v1/agents/completions}, deprecated by the API for conversations) and the
 * agents themselves ({@code /v1/agents}, beta) with their versions and aliases. The agents' lists are bare arrays,
 * newest first, so paging ends at the first short page.
 */
public final class AgentsApi {

    static final String COMPLETIONS = "/v1/agents/completions";
    static final String AGENTS = "/v1/agents";

    private final MistralClient client;

    public AgentsApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<ChatCompletionResponse>> complete(AgentsCompletionRequest request) {
        return client.post(COMPLETIONS, request, ChatCompletionResponse.class);
    }

    /**
     * The completion of a request with {@code stream: true}, as a {@link TextStream} of text deltas that starts as
     * soon as the API answers; its result holds the whole text, finish reason, usage, model and id at the end.
     */
    public CompletableFuture<MistralResponse<TextStream>> stream(AgentsCompletionRequest request, Duration idleTimeout) {
        return client.stream(ApiCall.post(COMPLETIONS, request), new ChatStreamDecoder("POST", COMPLETIONS), idleTimeout);
    }

    /**
     * {@link #stream} for a thread that blocks until the answer starts (the reader of a streamed tool loop opening
     * its next round); see {@link MistralClient#streamAndWait}.
     */
    public MistralResponse<TextStream> streamAndWait(AgentsCompletionRequest request, Duration idleTimeout)
            throws MistralApiException, MistralConnectionException {
        return client.streamAndWait(ApiCall.post(COMPLETIONS, request), new ChatStreamDecoder("POST", COMPLETIONS),
                idleTimeout);
    }

    /** Creates an agent at version 0; never retried once the API may have acted on it. */
    public CompletableFuture<MistralResponse<Agent>> create(Object request) {
        return client.call(ApiCall.post(AGENTS, request).creating(), Agent.class);
    }

    public Listing<Agent> list(String name, String search) {
        return list(new AgentFilter(name, search, null, null, null));
    }

    /** The agents {@code filter} leaves in, newest first. */
    public Listing<Agent> list(AgentFilter filter) {
        return new ArrayPagedList<>(client, AGENTS, filter.toQuery(), Agent.class);
    }

    /** The agent at {@code version} (a number or an alias), or at the version in use when null. */
    public CompletableFuture<MistralResponse<Agent>> get(String id, String version) {
        return client.call(ApiCall.get(ApiPaths.resource(AGENTS, id),
                new QueryParameters().add("agent_version", version).toMap()), Agent.class);
    }

    /** Changes the agent: the API adds a version with the changes and uses it. */
    public CompletableFuture<MistralResponse<Agent>> update(String id, Object request) {
        return client.call(new ApiCall("PATCH", ApiPaths.resource(AGENTS, id), null, request), Agent.class);
    }

    public CompletableFuture<MistralResponse<Void>> delete(String id) {
        return client.call(ApiCall.delete(ApiPaths.resource(AGENTS, id)), Void.class);
    }

    public Listing<Agent> versions(String id) {
        return new ArrayPagedList<>(client, ApiPaths.resource(AGENTS, id, "versions"), new QueryParameters(),
                Agent.class);
    }

    /** One version: a number, or an alias. */
    public CompletableFuture<MistralResponse<Agent>> version(String id, String version) {
        return client.call(ApiCall.get(ApiPaths.resource(AGENTS, id, "versions", ApiPaths.segment(version))),
                Agent.class);
    }

    /** Makes {@code version} the version in use. */
    public CompletableFuture<MistralResponse<Agent>> useVersion(String id, int version) {
        return client.call(new ApiCall("PATCH", ApiPaths.resource(AGENTS, id, "version"),
                new QueryParameters().add("version", version).toMap(), null), Agent.class);
    }

    /** Creates the alias, or moves it to {@code version}. */
    public CompletableFuture<MistralResponse<AgentAlias>> setAlias(String id, String alias, int version) {
        return client.call(new ApiCall("PUT", ApiPaths.resource(AGENTS, id, "aliases"),
                new QueryParameters().add("alias", alias).add("version", version).toMap(), null), AgentAlias.class);
    }

    public CompletableFuture<MistralResponse<List<AgentAlias>>> aliases(String id) {
        return client.call(ApiCall.get(ApiPaths.resource(AGENTS, id, "aliases")), MistralJson.mapper()
                .getTypeFactory().constructCollectionType(List.class, AgentAlias.class));
    }

    public CompletableFuture<MistralResponse<Void>> deleteAlias(String id, String alias) {
        return client.call(new ApiCall("DELETE", ApiPaths.resource(AGENTS, id, "aliases"),
                new QueryParameters().add("alias", alias).toMap(), null), Void.class);
    }
}
