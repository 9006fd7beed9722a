package io.github.camelmistral.api.conversations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmistral.api.Usage;

/** The answer to a turn (start, append, restart): the conversation's id, the new entries and the token usage. */
public record ConversationResponse(
        String object,
        @JsonProperty("conversation_id") String conversationId,
        List<ConversationEntry> outputs,
        Usage usage) {

    public ConversationResponse {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    /** The assistant's reply: the text of the {@code message.output} entries of this turn, in order. */
    @JsonIgnore
    public String text() {
        StringBuilder text = new StringBuilder();
        outputs.stream().filter(entry -> ConversationEntry.MESSAGE_OUTPUT.equals(entry.type()))
                .forEach(entry -> text.append(entry.text()));
        return text.toString();
    }

    /** The model that wrote the last entry of this turn, or null when none says. */
    @JsonIgnore
    public String model() {
        for (int i = outputs.size() - 1; i >= 0; i--) {
            if (outputs.get(i).model() != null) {
                return outputs.get(i).model();
            }
        }
        return null;
    }
}
