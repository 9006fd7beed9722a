package io.github.camelmistral.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A filtered, offset-paginated list of the API ({@code page}, {@code page_size}), as its facade defines it: read one
 * page, or every page (see {@link Pages} for the paging rule).
 *
 * @param <T> the item type
 */
public final class PagedList<T> implements Listing<T> {

    private final MistralClient client;
    private final String path;
    private final Map<String, List<String>> filters;
    private final Class<T> itemType;

    public PagedList(MistralClient client, String path, QueryParameters filters, Class<T> itemType) {
        this.client = client;
        this.path = path;
        this.filters = filters.toMap();
        this.itemType = itemType;
    }

    @Override
    public CompletableFuture<MistralResponse<ListPage<T>>> page(int page, int pageSize) {
        return Pages.page(client, path, filters, page, pageSize, itemType);
    }

    @Override
    public CompletableFuture<List<T>> all(int pageSize) {
        return Pages.all(client, path, filters, pageSize, itemType);
    }
}
