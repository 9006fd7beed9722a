package io.github.camelmistral.api;

/**
 * A Mistral API call got no answer: the connection could not be made, was reset, or the request timed out.
 * Whether the API processed the request is unknown, so retrying a creating call may create a duplicate.
 */
public class MistralConnectionException extends MistralException {

    public MistralConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
