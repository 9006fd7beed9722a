package io.github.camelmistral.api.model.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Instructions for the model. {@code content} is a string or a list of text chunks. */
public record SystemMessage(Object content) implements ChatMessage {

    @JsonIgnore
    @Override
    public String role() {
        return "system";
    }
}
