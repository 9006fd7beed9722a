package io.github.camelmistral.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.stream.StreamResult;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.UserMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.ExchangeHelper;

/**
 * How a producer's exchange becomes a {@link CompletionEvent}: what the request was (captured before the call, as
 * the call replaces the body) and what the answer headers say.
 */
public final class CompletionEvents {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompletionEvents.class);

    static final int SUMMARY_CHARS = 200;
    private static final String[] COPIED_HEADERS = { MistralConstants.RESPONSE_ID, MistralConstants.RESPONSE_MODEL,
            MistralConstants.PROMPT_TOKENS, MistralConstants.COMPLETION_TOKENS, MistralConstants.TOTAL_TOKENS,
            MistralConstants.FINISH_REASON, MistralConstants.REQUEST_ID, MistralConstants.PAGES_PROCESSED };

    private final MistralEndpoint endpoint;
    private final String requestSummary;
    private final String requestedModel;
    private final String producerRouteId;

    private CompletionEvents(MistralEndpoint endpoint, Exchange exchange) {
        this.endpoint = endpoint;
        // the route the call is made from, taken now: the exchange may have come from another route (direct:)
        this.producerRouteId = ExchangeHelper.getAtRouteId(exchange);
        this.requestSummary = summarize(exchange.getMessage().getBody());
        String model = exchange.getMessage().getHeader(MistralConstants.MODEL, String.class);
        this.requestedModel = model != null ? model : endpoint.defaultModel();
    }

    /** What to publish once the call of {@code exchange} succeeds, or null when no trigger listens to this API. */
    public static CompletionEvents before(MistralEndpoint endpoint, Exchange exchange) {
        if (!endpoint.getComponent().completionEvents().isListened(endpoint.getApi())) {
            return null;
        }
        return new CompletionEvents(endpoint, exchange);
    }

    /** Publishes the completed call; header values are copied now, as the producing route goes on changing them. */
    public void publish(Exchange exchange) {
        try {
            publishNow(exchange);
        } catch (RuntimeException e) {
            // a trigger must never fail the call that was made
            LOG.warn("Could not publish the completion of mistral:{} to its triggers: {}", endpoint.getApi(), e.toString());
        }
    }

    /**
     * Publishes a streamed call once its stream has ended: the body is the {@link StreamResult} (whole text, finish
     * reason, usage, model, id), and the headers say the same.
     */
    public void publishStreamed(Exchange exchange, StreamResult result) {
        try {
            Map<String, Object> headers = new LinkedHashMap<>();
            putIfSet(headers, MistralConstants.RESPONSE_ID, result.id());
            putIfSet(headers, MistralConstants.RESPONSE_MODEL, result.model());
            putIfSet(headers, MistralConstants.FINISH_REASON, result.finishReason());
            putIfSet(headers, MistralConstants.REQUEST_ID, exchange.getMessage().getHeader(MistralConstants.REQUEST_ID));
            if (result.usage() != null) {
                putIfSet(headers, MistralConstants.PROMPT_TOKENS, result.usage().promptTokens());
                putIfSet(headers, MistralConstants.COMPLETION_TOKENS, result.usage().completionTokens());
                putIfSet(headers, MistralConstants.TOTAL_TOKENS, result.usage().totalTokens());
            }
            publish(exchange, headers, result);
        } catch (RuntimeException e) {
            LOG.warn("Could not publish the completion of mistral:{} to its triggers: {}", endpoint.getApi(), e.toString());
        }
    }

    private static void putIfSet(Map<String, Object> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private void publishNow(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, Object> headers = new LinkedHashMap<>();
        for (String name : COPIED_HEADERS) {
            Object value = message.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Object response = message.getHeader(MistralConstants.RESPONSE);
        publish(exchange, headers, response != null ? response : message.getBody());
    }

    private void publish(Exchange exchange, Map<String, Object> headers, Object response) {
        headers.put(MistralConstants.REQUEST_SUMMARY, requestSummary);
        String routeId = producerRouteId != null ? producerRouteId : exchange.getFromRouteId();
        if (routeId != null) {
            headers.put(MistralConstants.PRODUCER_ROUTE_ID, routeId);
        }
        endpoint.getComponent().completionEvents().publish(new CompletionEvent(endpoint.getApi(), requestedModel,
                response, headers));
    }

    /** A short text telling which request this was: the prompt, the last user message, or the inputs. */
    static String summarize(Object body) {
        String text;
        if (body instanceof CharSequence chars) {
            text = chars.toString();
        } else if (body instanceof List<?> list && !list.isEmpty() && list.get(list.size() - 1) instanceof ChatMessage) {
            text = list.stream().filter(UserMessage.class::isInstance).reduce((first, second) -> second)
                    .map(user -> String.valueOf(((UserMessage) user).content())).orElse(String.valueOf(list.get(list.size() - 1)));
        } else if (body instanceof Collection<?> items) {
            text = items.size() + " inputs" + (items.isEmpty() ? "" : ", the first: " + items.iterator().next());
        } else if (body instanceof byte[] bytes) {
            text = bytes.length + " bytes";
        } else {
            text = body == null ? "" : body.getClass().getSimpleName();
        }
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS - 3) + "...";
    }
}
