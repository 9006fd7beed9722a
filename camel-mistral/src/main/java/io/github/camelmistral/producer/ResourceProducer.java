package io.github.camelmistral.producer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Listing;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What the actions on stored resources (files, models, jobs) share: calls answered by one resource, and lists fetched
 * one page or all pages at a time.
 */
abstract class ResourceProducer extends MistralProducer {

    ResourceProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    /** A call answered by one resource, which becomes the body; the typed answer and request id go in headers. */
    <T> CompletionStage<?> callForBody(Exchange exchange, CompletableFuture<MistralResponse<T>> call) {
        return call.thenAccept(answer -> {
            exchange.getMessage().setBody(answer.body());
            writeResponseHeaders(exchange.getMessage(), answer, null, null);
        });
    }

    /**
     * Lists: the page the {@code page} option or {@code CamelMistralPage} header names, else every page. The body is a
     * {@code List} either way, and {@code CamelMistralTotal} the API's total (one page) or the number of items (all
     * pages). Items listed twice because the list changed between pages are kept once.
     */
    <T> CompletionStage<?> list(Exchange exchange, Listing<T> listing, Function<T, String> idOf) {
        Integer page = option(exchange, MistralConstants.PAGE, Integer.class, config().getPage());
        int pageSize = config().getPageSize();
        if (pageSize < 1 || (page != null && page < 0)) {
            throw new IllegalArgumentException(action() + " list pages from page 0 with pageSize of at least 1, but "
                                               + "page=" + page + " and pageSize=" + pageSize);
        }
        if (page == null) {
            return listing.all(pageSize).thenAccept(items -> {
                List<T> unique = distinct(items, idOf);
                exchange.getMessage().setBody(unique);
                exchange.getMessage().setHeader(MistralConstants.TOTAL, unique.size());
            });
        }
        return listing.page(page, pageSize).thenAccept(answer -> {
            Message message = exchange.getMessage();
            message.setBody(answer.body().data());
            message.setHeader(MistralConstants.TOTAL, answer.body().total());
            writeRequestId(message, answer.requestId());
        });
    }

    private static <T> List<T> distinct(List<T> items, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.putIfAbsent(idOf.apply(item), item));
        return List.copyOf(byId.values());
    }
}
