package io.github.camelmistral.simulator.inference;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.SimulatorClock;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.ValidationErrors;
import io.github.camelmistral.simulator.resources.Ids;

/**
 * What the model or agent of a conversation answers to new entries. Deterministic, like the chat completions: a
 * {@code function.call} entry when function tools are offered and the user's text names one of them (or
 * {@code tool_choice} is {@code any}/{@code required}, which forces the first); a {@code message.output} that
 * reports the {@code function.result} entries it was given; a {@code tool.execution} entry then a
 * {@code message.output} when a built-in tool (web search, code interpreter, ...) is offered and the user's text
 * names it; otherwise a {@code message.output} echoing the user.
 */
public final class ConversationReplies {

    /** The spec's {@code BuiltInConnectors}: the tools the platform runs itself. */
    private static final Set<String> BUILT_IN_TOOLS = Set.of("web_search", "web_search_premium", "code_interpreter",
            "image_generation", "document_library");

    private final SimulatorClock clock;
    private final Ids ids;
    private final Function<List<String>, List<String>> processedDocuments;

    /**
     * {@code processedDocuments} names the documents whose processing is done in the given libraries: what the
     * {@code document_library} tool "finds".
     */
    public ConversationReplies(SimulatorClock clock, Ids ids, Function<List<String>, List<String>> processedDocuments) {
        this.clock = clock;
        this.ids = ids;
        this.processedDocuments = processedDocuments;
    }

    /**
     * Who answers: the model name reported on outputs, the agent id (null for a model conversation) and what the
     * answerer was configured with.
     */
    public record Answerer(String model, String agentId, String instructions, JsonNode tools,
            JsonNode completionArgs) {
    }

    /** The entries a turn produced and what it cost. */
    public record Turn(List<ObjectNode> outputs, ObjectNode usage) {
    }

    /** The request's {@code inputs} as stored entries: a string is one user message; every entry gets an id. */
    public List<ObjectNode> inputEntries(JsonNode inputs) {
        List<ObjectNode> entries = new ArrayList<>();
        if (inputs.isTextual()) {
            entries.add(entry("message.input").put("role", "user").put("content", inputs.asText())
                    .put("prefix", false));
            return entries;
        }
        if (!inputs.isArray()) {
            throw ApiException.validation(ValidationErrors.item("list_type", ValidationErrors.loc("body", "inputs"),
                    "Input should be a string or a list of entries", inputs));
        }
        for (JsonNode given : inputs) {
            if (!given.isObject()) {
                throw ApiException.validation(ValidationErrors.notAnObject(given));
            }
            String type = given.path("type").asText(given.has("tool_call_id") && given.has("result")
                    ? "function.result" : "message.input");
            ObjectNode stored = entry(type);
            given.fields().forEachRemaining(field -> stored.set(field.getKey(), field.getValue()));
            stored.put("type", type);
            entries.add(stored);
        }
        return entries;
    }

    /** The answer to {@code inputs} after {@code history}; {@code overrides} are the request's completion args. */
    public Turn reply(Answerer answerer, List<ObjectNode> history, List<ObjectNode> inputs, JsonNode overrides) {
        List<ObjectNode> results = inputs.stream()
                .filter(entry -> entry.path("type").asText().equals("function.result")).toList();
        List<ObjectNode> outputs = new ArrayList<>();
        String toolChoice = toolChoice(answerer, overrides);
        JsonNode function = results.isEmpty() ? functionToCall(answerer, inputs, toolChoice) : null;
        JsonNode builtIn = results.isEmpty() && function == null ? builtInToRun(answerer, inputs, toolChoice) : null;
        if (!results.isEmpty()) {
            outputs.add(message(answerer, reportResults(answerer, history, inputs, results)));
        } else if (function != null) {
            outputs.add(call(answerer, function, history, inputs));
        } else if (builtIn != null) {
            ObjectNode execution = execution(answerer, builtIn, inputs);
            outputs.add(execution);
            outputs.add(message(answerer, speaker(answerer) + ", after running " + execution.path("name").asText()
                    + ": simulated results for \"" + TextDigest.excerpt(userText(inputs), 80) + "\""
                    + found(execution.path("info").path("documents"))));
        } else {
            outputs.add(message(answerer, echo(answerer, inputs, overrides)));
        }
        List<ObjectNode> all = new ArrayList<>(history);
        all.addAll(inputs);
        int promptTokens = TextDigest.tokens(answerer.instructions()) + all.stream().mapToInt(
                ConversationReplies::tokens).sum();
        int completionTokens = outputs.stream().mapToInt(ConversationReplies::tokens).sum();
        ObjectNode usage = Json.object().put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        usage.putNull("connector_tokens");
        usage.putNull("connectors");
        return new Turn(List.copyOf(outputs), usage);
    }

    private static String toolChoice(Answerer answerer, JsonNode overrides) {
        String requested = overrides == null ? "" : overrides.path("tool_choice").asText("");
        return requested.isEmpty() ? answerer.completionArgs().path("tool_choice").asText("auto") : requested;
    }

    /** The function the user named, or the first one when a call is forced; null when no call is due. */
    private static JsonNode functionToCall(Answerer answerer, List<ObjectNode> inputs, String toolChoice) {
        List<JsonNode> functions = new ArrayList<>();
        answerer.tools().forEach(tool -> {
            if (tool.path("type").asText("function").equals("function") && tool.has("function")) {
                functions.add(tool.get("function"));
            }
        });
        if (functions.isEmpty() || toolChoice.equals("none")) {
            return null;
        }
        String said = userText(inputs).toLowerCase(Locale.ROOT);
        for (JsonNode function : functions) {
            if (!said.isEmpty() && said.contains(function.path("name").asText().toLowerCase(Locale.ROOT))) {
                return function;
            }
        }
        return toolChoice.equals("any") || toolChoice.equals("required") ? functions.get(0) : null;
    }

    /**
     * The built-in tool (web_search, code_interpreter, ...) offered whose name the user's text mentions, with
     * underscores or spaces; null when none is, or tools are turned off.
     */
    private static JsonNode builtInToRun(Answerer answerer, List<ObjectNode> inputs, String toolChoice) {
        String said = userText(inputs).toLowerCase(Locale.ROOT);
        if (toolChoice.equals("none") || said.isEmpty()) {
            return null;
        }
        for (JsonNode tool : answerer.tools()) {
            String type = tool.path("type").asText();
            if (BUILT_IN_TOOLS.contains(type) && (said.contains(type) || said.contains(type.replace('_', ' ')))) {
                return tool;
            }
        }
        return null;
    }

    /**
     * A {@code tool.execution} entry. No real tool runs; a document library search lists the processed documents
     * of the tool's libraries in {@code info.documents}.
     */
    private ObjectNode execution(Answerer answerer, JsonNode tool, List<ObjectNode> inputs) {
        String name = tool.path("type").asText();
        ObjectNode execution = attributed(entry("tool.execution"), answerer).put("name", name)
                .put("arguments", Json.text(Json.object().put("query", TextDigest.excerpt(userText(inputs), 200))));
        ObjectNode info = execution.putObject("info").put("simulated", true);
        if (name.equals("document_library")) {
            List<String> libraries = new ArrayList<>();
            tool.path("library_ids").forEach(id -> libraries.add(id.asText()));
            processedDocuments.apply(libraries).forEach(info.putArray("documents")::add);
        }
        return execution;
    }

    private static String found(JsonNode documents) {
        if (!documents.isArray()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        documents.forEach(document -> names.add(document.asText()));
        return names.isEmpty() ? " (no processed document found)" : " (found in " + String.join(", ", names) + ")";
    }

    private static String userText(List<ObjectNode> inputs) {
        String said = "";
        for (ObjectNode entry : inputs) {
            if (entry.path("type").asText().equals("message.input") && entry.path("role").asText().equals("user")) {
                said = MessageContent.text(entry.path("content"));
            }
        }
        return said;
    }

    private ObjectNode call(Answerer answerer, JsonNode function, List<ObjectNode> history, List<ObjectNode> inputs) {
        String name = function.path("name").asText();
        ObjectNode call = attributed(entry("function.call"), answerer);
        call.put("tool_call_id", TextDigest.toolCallId(String.valueOf(history.size()), Json.text(Json.array()
                .addAll(inputs)), name));
        call.put("name", name);
        call.put("arguments", Json.text(SchemaSample.of(function.path("parameters"))));
        return call;
    }

    private ObjectNode message(Answerer answerer, String content) {
        return attributed(entry("message.output"), answerer).put("role", "assistant").put("content", content);
    }

    private static String speaker(Answerer answerer) {
        return answerer.agentId() == null ? "Simulated reply from the Mistral simulator (" + answerer.model() + ")"
                : "Simulated reply from agent " + answerer.agentId() + " (Mistral simulator)";
    }

    private static String echo(Answerer answerer, List<ObjectNode> inputs, JsonNode overrides) {
        JsonNode format = overrides != null && overrides.has("response_format") ? overrides.path("response_format")
                : answerer.completionArgs().path("response_format");
        if (format.path("type").asText().equals("json_schema")) {
            return Json.text(SchemaSample.of(format.path("json_schema").path("schema")));
        }
        String said = userText(inputs);
        return speaker(answerer) + (said.isBlank() ? "." : ". You said: \"" + TextDigest.excerpt(said, 80) + "\"");
    }

    /** A reply that quotes each function result next to the call it answers. */
    private static String reportResults(Answerer answerer, List<ObjectNode> history, List<ObjectNode> inputs,
            List<ObjectNode> results) {
        Map<String, String> callNames = new LinkedHashMap<>();
        List<ObjectNode> all = new ArrayList<>(history);
        all.addAll(inputs);
        all.stream().filter(entry -> entry.path("type").asText().equals("function.call"))
                .forEach(entry -> callNames.put(entry.path("tool_call_id").asText(), entry.path("name").asText()));
        List<String> quoted = new ArrayList<>();
        for (ObjectNode result : results) {
            String callId = result.path("tool_call_id").asText();
            quoted.add(callNames.getOrDefault(callId, "function") + " (" + callId + ") returned "
                    + TextDigest.excerpt(result.path("result").asText(), 200));
        }
        return speaker(answerer) + ". Function results: " + String.join("; ", quoted);
    }

    private ObjectNode entry(String type) {
        String now = clock.now().truncatedTo(ChronoUnit.MICROS).toString();
        ObjectNode entry = Json.object().put("object", "entry").put("type", type).put("created_at", now)
                .put("completed_at", now);
        return entry.put("id", idPrefix(type) + ids.hex("entry").substring(0, 24));
    }

    private static String idPrefix(String type) {
        return switch (type) {
            case "function.call" -> "fc_";
            case "function.result" -> "fr_";
            case "tool.execution" -> "tool_";
            case "agent.handoff" -> "handoff_";
            default -> "msg_";
        };
    }

    private static ObjectNode attributed(ObjectNode entry, Answerer answerer) {
        return entry.put("agent_id", answerer.agentId()).put("model", answerer.model());
    }

    private static int tokens(JsonNode entry) {
        return TextDigest.tokens(MessageContent.text(entry.path("content")))
                + TextDigest.tokens(entry.path("result").asText(""))
                + TextDigest.tokens(entry.path("arguments").isTextual() ? entry.path("arguments").asText()
                        : entry.has("arguments") ? Json.text(entry.get("arguments")) : "");
    }
}
