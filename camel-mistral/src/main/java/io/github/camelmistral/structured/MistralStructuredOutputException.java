package io.github.camelmistral.structured;

import org.apache.camel.CamelException;

/**
 * The model's reply did not parse into the {@code outputClass}, not even after the retries with the error fed back.
 * Carries the last raw reply.
 */
public class MistralStructuredOutputException extends CamelException {

    private final String rawReply;
    private final Class<?> outputClass;

    public MistralStructuredOutputException(Class<?> outputClass, String rawReply, int attempts, String problem) {
        super("The reply does not fit " + outputClass.getName() + " after " + attempts + " attempt(s): " + problem
              + "; the reply was: " + abbreviate(rawReply));
        this.rawReply = rawReply;
        this.outputClass = outputClass;
    }

    /** The model's last reply, as it came. */
    public String getRawReply() {
        return rawReply;
    }

    public Class<?> getOutputClass() {
        return outputClass;
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }
}
