package io.github.camelmistral.api.agents;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An agent at one of its versions ({@code version}; {@code versions} lists them all). Its {@code createdAt} and
 * {@code updatedAt} are ISO-8601 strings.
 */
public record Agent(
        String object,
        String id,
        String name,
        String model,
        String description,
        String instructions,
        List<Map<String, Object>> tools,
        @JsonProperty("completion_args") Map<String, Object> completionArgs,
        List<String> handoffs,
        Map<String, Object> metadata,
        Integer version,
        List<Integer> versions,
        @JsonProperty("version_message") String versionMessage,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deployment_chat") Boolean deploymentChat,
        String source) {
}
