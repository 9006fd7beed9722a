package io.github.camelmistral.api;

import org.apache.camel.CamelException;

/**
 * A Mistral API call got no answer: the connection could not be made, was reset, or the request timed out.
 * Whether the API processed the request is unknown, so retrying a creating call may create a duplicate.
 */
public class MistralConnectionException extends CamelException {

    public MistralConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
