package io.github.camelmistral.event;

import java.util.Map;

import io.github.camelmistral.MistralApiName;

/**
 * A call a {@code mistral:} producer completed successfully, as completion triggers receive it.
 *
 * @param api            the API group called
 * @param requestedModel the model the call asked for (may be an alias such as {@code mistral-small-latest})
 * @param response       the typed response (e.g. {@code ChatCompletionResponse}), the trigger's body
 * @param headers        copies of the producer's output headers (usage, response id and model, request summary,
 *                       producing route), taken when the call completed
 */
public record CompletionEvent(MistralApiName api, String requestedModel, Object response, Map<String, Object> headers) {
}
