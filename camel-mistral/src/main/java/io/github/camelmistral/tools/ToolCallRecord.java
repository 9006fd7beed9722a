package io.github.camelmistral.tools;

import java.util.Map;

/**
 * One tool call of a tool loop: what the model asked for and what it got back.
 *
 * @param id        the call's id, as the model gave it
 * @param name      the tool the model called
 * @param arguments the arguments, parsed; null when they were not valid JSON
 * @param result    what was sent back to the model as the tool's result; null when the calls were not executed
 *                  ({@code autoToolExecution=false})
 * @param failed    whether the result reports an error (unknown tool, bad arguments, a failing route)
 */
public record ToolCallRecord(String id, String name, Map<String, Object> arguments, String result, boolean failed) {
}
