package io.github.camelmistral.api.batch;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One request of an inline batch: the body the batch's endpoint takes (a {@code Map} or any JSON-serializable request
 * such as a {@code ChatCompletionRequest}) and the id its result will carry.
 */
public record BatchRequest(@JsonProperty("custom_id") String customId, Object body) {
}
