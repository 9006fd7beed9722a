package io.github.camelmistral.producer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.chat.ChatCompletionRequest;
import io.github.camelmistral.api.chat.ChatMessage;

/**
 * Turns the message bodies a route author sends to a chat-style action into typed chat messages, and says exactly what
 * is wrong with a body that cannot be one.
 */
final class ChatBodies {

    static final String EXPECTED = "a String (the user prompt), a List of messages (ChatMessage, or Map with role and "
                                   + "content), a single ChatMessage";

    // strict: a key the role's schema does not have must fail here, not as a 422 from the API
    private static final ObjectReader MESSAGE_READER = MistralJson.mapper().readerFor(ChatMessage.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectReader REQUEST_READER = MistralJson.mapper().readerFor(ChatCompletionRequest.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ChatBodies() {
    }

    /** The messages a body stands for, or an {@link IllegalArgumentException} naming what was expected. */
    static List<ChatMessage> toMessages(String action, Object body) {
        if (body instanceof CharSequence text) {
            if (text.toString().isBlank()) {
                throw new IllegalArgumentException(action + " got an empty prompt: the body must not be blank");
            }
            return List.of(ChatMessage.user(text.toString()));
        }
        if (body instanceof ChatMessage message) {
            return List.of(message);
        }
        if (body instanceof Collection<?> items) {
            if (items.isEmpty()) {
                throw new IllegalArgumentException(action + " got an empty list of messages");
            }
            List<ChatMessage> messages = new ArrayList<>(items.size());
            int i = 0;
            for (Object item : items) {
                messages.add(toMessage(action, i++, item));
            }
            return messages;
        }
        if (body instanceof Map<?, ?> map && map.containsKey("role")) {
            return List.of(toMessage(action, 0, map));
        }
        throw new IllegalArgumentException(action + " expects the body to be " + EXPECTED + " or a ChatCompletionRequest, "
                                           + "but got " + (body == null ? "no body" : body.getClass().getName()));
    }

    /** A {@code Map} with a {@code messages} key read as a full request, checked against the schema's field list. */
    static ChatCompletionRequest toRequest(String action, Map<?, ?> map) {
        try {
            return REQUEST_READER.readValue((com.fasterxml.jackson.databind.JsonNode) MistralJson.mapper().valueToTree(map));
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(action + " request has field '" + e.getPropertyName()
                                               + "', which the chat completion schema does not allow", e);
        } catch (Exception e) {
            throw new IllegalArgumentException(action + " request map is not a valid chat completion request: "
                                               + e.getMessage(), e);
        }
    }

    private static ChatMessage toMessage(String action, int index, Object item) {
        if (item instanceof ChatMessage message) {
            return message;
        }
        if (item instanceof CharSequence text) {
            return ChatMessage.user(text.toString());
        }
        if (item instanceof Map<?, ?> map) {
            try {
                return MESSAGE_READER.readValue((com.fasterxml.jackson.databind.JsonNode) MistralJson.mapper().valueToTree(map));
            } catch (UnrecognizedPropertyException e) {
                throw new IllegalArgumentException(action + " message " + index + " (role " + map.get("role") + ") has field '"
                                                   + e.getPropertyName() + "', which the API does not allow for that role", e);
            } catch (InvalidTypeIdException e) {
                throw new IllegalArgumentException(action + " message " + index + " needs a role of system, user, "
                                                   + "assistant or tool, but has role " + map.get("role"), e);
            } catch (Exception e) {
                throw new IllegalArgumentException(action + " message " + index + " is not a valid chat message: "
                                                   + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException(action + " message " + index + " must be a ChatMessage, a Map with role and "
                                           + "content, or a String, but is "
                                           + (item == null ? "null" : item.getClass().getName()));
    }
}
