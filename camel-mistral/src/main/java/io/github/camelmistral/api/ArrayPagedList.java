package io.github.camelmistral.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An offset-paginated list ({@code page}, {@code page_size}) answered as a bare JSON array, without a total: paging
 * stops at the first short page (see {@link Pages#isLastPage}).
 */
public final class ArrayPagedList<T> implements Listing<T> {

    private final MistralClient client;
    private final String path;
    private final QueryParameters filters;
    private final Class<T> itemType;

    public ArrayPagedList(MistralClient client, String path, QueryParameters filters, Class<T> itemType) {
        this.client = client;
        this.path = path;
        this.filters = filters;
        this.itemType = itemType;
    }

    @Override
    public CompletableFuture<MistralResponse<ListPage<T>>> page(int page, int pageSize) {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("Paging needs page >= 0 and pageSize >= 1, but got page=" + page
                                               + ", pageSize=" + pageSize);
        }
        ApiCall call = ApiCall.get(path, QueryParameters.of(filters.toMap()).set("page", page)
                .set("page_size", pageSize).toMap());
        return client.call(call, MistralJson.mapper().getTypeFactory().constructCollectionType(List.class, itemType))
                .thenApply(answer -> new MistralResponse<>(answer.statusCode(),
                        new ListPage<T>(toList(answer.body()), "list", null), answer.requestId(), answer.method(),
                        answer.path(), answer.rateLimits()));
    }

    @Override
    public CompletableFuture<List<T>> all(int pageSize) {
        return Pages.all(pageSize, page -> page(page, pageSize).thenApply(MistralResponse::body));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> toList(Object body) {
        return (List<T>) body;
    }
}
