package io.github.camelmistral.producer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Pages;
import io.github.camelmistral.api.QueryParameters;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What the actions on stored resources (files, models) share: resource paths, calls answered by one resource, and
 * lists fetched one page or all pages at a time.
 */
abstract class ResourceProducer extends MistralProducer {

    ResourceProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    /** Sends a JSON call and reads the answer as {@code type}. */
    <T> CompletableFuture<MistralResponse<T>> call(ApiCall call, Class<T> type) {
        return client().call(call, MistralJson.mapper().constructType(type));
    }

    /** Sends a call answered by one resource, which becomes the body; the typed answer and request id go in headers. */
    <T> CompletionStage<?> callForBody(Exchange exchange, ApiCall call, Class<T> type) {
        return call(call, type).thenAccept(answer -> {
            exchange.getMessage().setBody(answer.body());
            writeResponseHeaders(exchange.getMessage(), answer, null, null);
        });
    }

    /**
     * Lists {@code path}: the page the {@code page} option or {@code CamelMistralPage} header names, else every page.
     * The body is a {@code List} either way, and {@code CamelMistralTotal} the API's total (one page) or the number of
     * items (all pages). Items listed twice because the list changed between pages are kept once.
     */
    <T> CompletionStage<?> list(Exchange exchange, String path, QueryParameters filters, Class<T> itemType,
                                Function<T, String> idOf) {
        Integer page = option(exchange, MistralConstants.PAGE, Integer.class, config().getPage());
        int pageSize = config().getPageSize();
        if (pageSize < 1 || (page != null && page < 0)) {
            throw new IllegalArgumentException(action() + " list pages from page 0 with pageSize of at least 1, but "
                                               + "page=" + page + " and pageSize=" + pageSize);
        }
        Map<String, List<String>> query = filters.toMap();
        if (page == null) {
            return Pages.all(client(), path, query, pageSize, itemType).thenAccept(items -> {
                List<T> unique = distinct(items, idOf);
                exchange.getMessage().setBody(unique);
                exchange.getMessage().setHeader(MistralConstants.TOTAL, unique.size());
            });
        }
        return Pages.page(client(), path, query, page, pageSize, itemType).thenAccept(answer -> {
            Message message = exchange.getMessage();
            message.setBody(answer.body().data());
            message.setHeader(MistralConstants.TOTAL, answer.body().total());
            if (answer.requestId() != null) {
                message.setHeader(MistralConstants.REQUEST_ID, answer.requestId());
            }
        });
    }

    private static <T> List<T> distinct(List<T> items, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.putIfAbsent(idOf.apply(item), item));
        return List.copyOf(byId.values());
    }

}
