package io.github.camelmistral.api.chat;

/** What the user says. {@code content} is a string or a list of chunks (text, images, documents, files, audio). */
public record UserMessage(Object content) implements ChatMessage {

    @Override
    public String role() {
        return "user";
    }
}
