package io.github.camelmistral.api.agents;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.QueryParameters;

/**
 * The filters of the agents list ({@code GET /v1/agents}); null leaves a filter out.
 *
 * @param name           agents of this name
 * @param search         agents whose name or description matches this text
 * @param deploymentChat only agents deployed to (true) or kept out of (false) Le Chat
 * @param sources        agents created from these sources: {@code api}, {@code playground}, {@code agent_builder_v1}
 * @param metadata       agents whose metadata holds these entries (sent as the JSON the spec declares)
 */
public record AgentFilter(String name, String search, Boolean deploymentChat, List<String> sources,
                          Map<String, ?> metadata) {

    public static final AgentFilter NONE = new AgentFilter(null, null, null, null, null);

    QueryParameters toQuery() {
        QueryParameters query = new QueryParameters().add("name", name).add("search", search)
                .add("deployment_chat", deploymentChat).add("sources", sources);
        if (metadata != null && !metadata.isEmpty()) {
            try {
                query.add("metadata", MistralJson.mapper().writeValueAsString(metadata));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The agent metadata filter cannot be written as JSON: "
                                                   + e.getOriginalMessage(), e);
            }
        }
        return query;
    }
}
