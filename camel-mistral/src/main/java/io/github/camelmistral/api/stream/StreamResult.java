package io.github.camelmistral.api.stream;

import io.github.camelmistral.api.Usage;

/**
 * What a streamed completion comes to once its stream ended: the whole text, and the finish reason, usage, model and
 * response id the API sent along the way (null where it sent none).
 */
public record StreamResult(String text, String finishReason, Usage usage, String model, String id) {
}
