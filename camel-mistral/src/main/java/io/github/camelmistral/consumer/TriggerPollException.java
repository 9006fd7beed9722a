package io.github.camelmistral.consumer;

/**
 * A poll could not finish: the API failed, or the state could not be read or written. Nothing was emitted from the
 * unfinished part and no state was changed by it; the next poll starts over from the stored state, or from the state
 * kept in memory after a failed write.
 */
public class TriggerPollException extends Exception {

    public TriggerPollException(String message, Throwable cause) {
        super(message, cause);
    }
}
