package io.github.camelmistral.api.chat;

/** Instructions for the model. {@code content} is a string or a list of text chunks. */
public record SystemMessage(Object content) implements ChatMessage {

    @Override
    public String role() {
        return "system";
    }
}
