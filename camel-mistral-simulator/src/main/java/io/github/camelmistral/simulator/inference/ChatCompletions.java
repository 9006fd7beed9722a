package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.SimulatorClock;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.resources.Ids;
import io.github.camelmistral.simulator.resources.PromptCache;

/**
 * Chat, agent and FIM completions. Replies are deterministic and say they come from the simulator; they echo a short
 * part of the prompt, describe the images they were shown, honour {@code response_format}, call tools as
 * {@link ToolCalling} decides and repeat the tool results they are given, and apply {@code stop}, {@code max_tokens},
 * {@code n} and an assistant {@code prefix}. Token counts derive from text lengths; with a {@code prompt_cache_key}
 * the prefix a prompt shares with the previous one under that key is reported as
 * {@code prompt_tokens_details.cached_tokens}.
 */
final class ChatCompletions {

    /** What the model of an agent is reported as; agents hold their model on the platform side. */
    static final String AGENT_MODEL = "mistral-medium-latest";
    private static final int TOKENS_PER_IMAGE = 256;

    private final SimulatorClock clock;
    private final Ids ids;
    private final PromptCache promptCache;

    ChatCompletions(SimulatorClock clock, Ids ids, PromptCache promptCache) {
        this.clock = clock;
        this.ids = ids;
        this.promptCache = promptCache;
    }

    /** The reply before the request's limits: content, or tool calls. */
    private record Reply(String content, ArrayNode toolCalls) {
    }

    ObjectNode chat(JsonNode request) {
        String model = request.path("model").asText();
        return conversation(request, model, "Simulated reply from the Mistral simulator (" + model + ")");
    }

    ObjectNode agent(JsonNode request) {
        return conversation(request, AGENT_MODEL,
                "Simulated reply from agent " + request.path("agent_id").asText() + " (Mistral simulator)");
    }

    ObjectNode fim(JsonNode request) {
        String model = request.path("model").asText();
        String prompt = request.path("prompt").asText();
        String suffix = request.path("suffix").asText("");
        String content = "# Mistral simulator (" + model + ") fills in after: "
                + TextDigest.excerpt(tail(prompt, 40), 40) + (suffix.isEmpty() ? "" : " / before: "
                + TextDigest.excerpt(suffix, 40)) + "\n";
        int promptTokens = TextDigest.tokens(prompt) + TextDigest.tokens(suffix);
        return completion(request, model, new Reply(content, null), promptTokens, prompt + "\u0000" + suffix);
    }

    private ObjectNode conversation(JsonNode request, String model, String speaker) {
        JsonNode messages = request.path("messages");
        int promptTokens = 0;
        StringBuilder prompt = new StringBuilder();
        for (JsonNode message : messages) {
            JsonNode content = message.path("content");
            promptTokens += TextDigest.tokens(MessageContent.text(content))
                    + TOKENS_PER_IMAGE * MessageContent.images(content).size();
            prompt.append(MessageContent.text(content)).append('\u0000');
        }
        JsonNode last = messages.size() == 0 ? Json.object() : messages.get(messages.size() - 1);
        ArrayNode toolCalls = ToolCalling.calls(request);
        Reply reply;
        if (toolCalls != null) {
            reply = new Reply("", toolCalls);
        } else {
            String prefix = last.path("role").asText().equals("assistant") && last.path("prefix").asBoolean()
                    ? MessageContent.text(last.path("content")) : "";
            reply = new Reply(prefix + text(request, speaker, lastUserMessage(messages),
                    ToolCalling.results(messages)), null);
        }
        return completion(request, model, reply, promptTokens, prompt.toString());
    }

    private static JsonNode lastUserMessage(JsonNode messages) {
        JsonNode found = Json.object();
        for (JsonNode message : messages) {
            if (message.path("role").asText().equals("user")) {
                found = message;
            }
        }
        return found;
    }

    /** The text reply; {@code toolResults} is what the tools answered when their results end the conversation. */
    private static String text(JsonNode request, String speaker, JsonNode userMessage, String toolResults) {
        String said = MessageContent.text(userMessage.path("content"));
        JsonNode format = request.path("response_format");
        switch (format.path("type").asText("text")) {
            case "json_schema" -> {
                return Json.text(SchemaSample.of(format.path("json_schema").path("schema")));
            }
            case "json_object" -> {
                ObjectNode answer = Json.object().put("simulator", "mistral-simulator")
                        .put("echo", TextDigest.excerpt(said, 80));
                if (!toolResults.isEmpty()) {
                    answer.put("tool_results", toolResults);
                }
                return Json.text(answer);
            }
            default -> {
                if (!toolResults.isEmpty()) {
                    return speaker + ". Tool results: " + toolResults;
                }
                List<String> images = MessageContent.images(userMessage.path("content"));
                String seen = images.isEmpty() ? "" : ": I see " + images.size()
                        + (images.size() == 1 ? " image (" : " images (") + String.join(", ", images) + ")";
                return speaker + seen + (said.isBlank() ? "." : ". You said: \"" + TextDigest.excerpt(said, 80) + "\"");
            }
        }
    }

    private ObjectNode completion(JsonNode request, String model, Reply reply, int promptTokens, String prompt) {
        ObjectNode response = Json.object();
        response.put("id", ids.hex("completion"));
        response.put("object", "chat.completion");
        response.put("model", model);
        response.put("created", clock.epochSecond());
        ArrayNode choices = Json.array();
        int completionTokens = 0;
        int n = Math.max(1, request.path("n").asInt(1));
        for (int index = 0; index < n; index++) {
            ObjectNode choice = choice(request, reply, index);
            completionTokens += TextDigest.tokens(choice.path("message").path("content").asText())
                    + TextDigest.tokens(Json.text(choice.path("message").path("tool_calls")));
            choices.add(choice);
        }
        ObjectNode usage = response.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        JsonNode cacheKey = request.path("prompt_cache_key");
        if (cacheKey.isTextual()) {
            int shared = promptCache.sharedPrefix(cacheKey.asText(), prompt);
            int cached = shared == prompt.length() ? promptTokens : Math.min(promptTokens, shared / 4);
            usage.putObject("prompt_tokens_details").put("cached_tokens", cached);
        }
        response.set("choices", choices);
        return response;
    }

    /** One choice, with {@code stop} and {@code max_tokens} applied to the reply. */
    private static ObjectNode choice(JsonNode request, Reply reply, int index) {
        String content = reply.content();
        String finishReason = reply.toolCalls() != null ? "tool_calls" : "stop";
        for (String stop : stops(request.path("stop"))) {
            int at = stop.isEmpty() ? -1 : content.indexOf(stop);
            if (at >= 0) {
                content = content.substring(0, at);
            }
        }
        JsonNode maxTokens = request.path("max_tokens");
        if (maxTokens.isIntegralNumber() && TextDigest.tokens(content) > maxTokens.asInt()) {
            content = content.substring(0, Math.min(content.length(), maxTokens.asInt() * 4));
            finishReason = "length";
        }
        ObjectNode choice = Json.object();
        choice.put("index", index);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.set("tool_calls", reply.toolCalls());
        message.put("prefix", false);
        choice.put("finish_reason", finishReason);
        return choice;
    }

    private static List<String> stops(JsonNode stop) {
        List<String> stops = new ArrayList<>();
        if (stop.isTextual()) {
            stops.add(stop.asText());
        }
        stop.forEach(value -> stops.add(value.asText()));
        return stops;
    }

    private static String tail(String text, int length) {
        return text.length() <= length ? text : text.substring(text.length() - length);
    }
}
