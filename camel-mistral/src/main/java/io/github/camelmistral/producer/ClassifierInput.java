package io.github.camelmistral.producer;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.camelmistral.api.chat.ChatMessage;

/**
 * What the body of a moderation or classification stands for: texts or conversations (the API has an endpoint for
 * each), and whether it is one of them (one result is the body) or several (a list of results is).
 *
 * @param texts         the texts, or null for conversations
 * @param conversations the conversations, or null for texts
 * @param single        whether the body was one text or conversation rather than a list of them
 */
record ClassifierInput(List<String> texts, List<List<ChatMessage>> conversations, boolean single) {

    static final String EXPECTED = "a String, a List<String>, a conversation (a List of ChatMessage or of Map with role "
                                   + "and content, or one ChatMessage) or a List of conversations";

    static ClassifierInput of(String action, Object body) {
        if (body instanceof CharSequence text) {
            if (text.toString().isBlank()) {
                throw new IllegalArgumentException(action + " got an empty text: the body must not be blank");
            }
            return new ClassifierInput(List.of(text.toString()), null, true);
        }
        if (body instanceof ChatMessage || body instanceof Map<?, ?> map && map.containsKey("role")) {
            return new ClassifierInput(null, List.of(ChatBodies.toMessages(action, body)), true);
        }
        if (body instanceof String[] array) {
            return of(action, Arrays.asList(array));
        }
        if (body instanceof Collection<?> items) {
            if (items.isEmpty()) {
                throw new IllegalArgumentException(action + " got an empty list: send at least one text or message");
            }
            if (items.stream().allMatch(CharSequence.class::isInstance)) {
                return new ClassifierInput(items.stream().map(Object::toString).toList(), null, false);
            }
            if (items.stream().allMatch(Collection.class::isInstance)) {
                return new ClassifierInput(null, items.stream().map(c -> ChatBodies.toMessages(action, c)).toList(), false);
            }
            // a mix of messages (and plain strings, read as user messages) is one conversation
            return new ClassifierInput(null, List.of(ChatBodies.toMessages(action, items)), true);
        }
        throw new IllegalArgumentException(action + " expects the body to be " + EXPECTED + ", but got "
                                           + (body == null ? "no body" : body.getClass().getName()));
    }

    boolean chat() {
        return conversations != null;
    }

    /** How many results the API must return: one per text or conversation. */
    int size() {
        return chat() ? conversations.size() : texts.size();
    }
}
