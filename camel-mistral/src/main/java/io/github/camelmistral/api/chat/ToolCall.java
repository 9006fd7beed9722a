package io.github.camelmistral.api.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A function call the model asked for; {@code arguments} is normally a JSON string. */
public record ToolCall(String id, String type, FunctionCall function, Integer index) {

    /** The called function and its arguments (a JSON string, or an object on some models). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FunctionCall(String name, Object arguments) {
    }
}
