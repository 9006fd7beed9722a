package io.github.camelmistral.simulator.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;

/**
 * When the simulated model calls the tools a request offers, and what it makes of their results. The rules, so that
 * a test decides the outcome from its request alone:
 * <ul>
 *   <li>after tool results (the last message has role {@code tool}) it answers in text, so tool loops end;</li>
 *   <li>{@code tool_choice: {"type":"function","function":{"name":..}}} calls that function;</li>
 *   <li>otherwise it calls the tools whose names the last user message mentions (as words, any case);</li>
 *   <li>with {@code any} or {@code required} and no tool mentioned, it calls the first tool;</li>
 *   <li>{@code none}, or {@code auto} (the default) without a mention, gives a text answer;</li>
 *   <li>{@code parallel_tool_calls: false} keeps only the first call.</li>
 * </ul>
 * Arguments are a JSON string, an instance of the tool's {@code parameters} schema; ids have the nine letters or
 * digits the API requires back.
 */
final class ToolCalling {

    private ToolCalling() {
    }

    /** The calls the reply makes, or null when the reply is text. */
    static ArrayNode calls(JsonNode request) {
        JsonNode tools = request.path("tools");
        JsonNode choice = request.path("tool_choice");
        JsonNode messages = request.path("messages");
        JsonNode last = messages.size() == 0 ? Json.object() : messages.get(messages.size() - 1);
        if (!tools.isArray() || tools.isEmpty() || choice.asText().equals("none") || role(last).equals("tool")) {
            return null;
        }
        List<JsonNode> chosen = choose(functions(tools), choice, last);
        if (chosen.isEmpty()) {
            return null;
        }
        if (!request.path("parallel_tool_calls").asBoolean(true)) {
            chosen = chosen.subList(0, 1);
        }
        String conversation = Json.text(messages);
        ArrayNode calls = Json.array();
        for (int index = 0; index < chosen.size(); index++) {
            JsonNode function = chosen.get(index);
            String name = function.path("name").asText();
            ObjectNode call = calls.addObject();
            call.put("id", TextDigest.toolCallId(conversation, name, String.valueOf(index)));
            call.put("type", "function");
            call.putObject("function").put("name", name)
                    .put("arguments", Json.text(SchemaSample.of(function.path("parameters"))));
            call.put("index", index);
        }
        return calls;
    }

    private static List<JsonNode> choose(List<JsonNode> functions, JsonNode choice, JsonNode last) {
        if (choice.isObject()) {
            String wanted = choice.path("function").path("name").asText();
            return functions.stream().filter(function -> function.path("name").asText().equals(wanted)).findFirst()
                    .map(List::of).orElseThrow(() -> ApiException.badRequest("tool_choice names the function '"
                            + wanted + "', which is not among the request's tools"));
        }
        List<JsonNode> mentioned = new ArrayList<>();
        if (role(last).equals("user")) {
            String said = MessageContent.text(last.path("content"));
            functions.stream().filter(function -> mentions(said, function.path("name").asText()))
                    .forEach(mentioned::add);
        }
        boolean forced = choice.asText().equals("any") || choice.asText().equals("required");
        if (mentioned.isEmpty() && forced && !functions.isEmpty()) {
            return List.of(functions.get(0));
        }
        return mentioned;
    }

    private static List<JsonNode> functions(JsonNode tools) {
        List<JsonNode> functions = new ArrayList<>();
        for (JsonNode tool : tools) {
            if (tool.path("function").path("name").isTextual()) {
                functions.add(tool.path("function"));
            }
        }
        return functions;
    }

    private static boolean mentions(String text, String name) {
        return !name.isEmpty() && Pattern.compile("(?<![\\p{Alnum}_])" + Pattern.quote(name) + "(?![\\p{Alnum}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /**
     * The results of the tool messages that end the conversation, as {@code name: content} pieces joined by
     * {@code "; "}, oldest first; empty when the last message is not a tool result. A result without a
     * {@code name} takes the name of the call its {@code tool_call_id} answers.
     */
    static String results(JsonNode messages) {
        Map<String, String> callNames = new HashMap<>();
        for (JsonNode message : messages) {
            for (JsonNode call : message.path("tool_calls")) {
                callNames.put(call.path("id").asText(), call.path("function").path("name").asText());
            }
        }
        List<String> results = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0 && role(messages.get(i)).equals("tool"); i--) {
            JsonNode message = messages.get(i);
            String name = message.path("name").asText(callNames.getOrDefault(
                    message.path("tool_call_id").asText(), "tool"));
            results.add(0, name + ": " + TextDigest.excerpt(MessageContent.text(message.path("content")), 500));
        }
        return String.join("; ", results);
    }

    private static String role(JsonNode message) {
        return message.path("role").asText();
    }
}
