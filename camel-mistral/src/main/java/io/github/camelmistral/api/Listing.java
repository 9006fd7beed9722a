package io.github.camelmistral.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A list of the API as its facade defines it: one page, or every page. {@link PagedList} reads the {@code {data, total}}
 * lists, {@link ArrayPagedList} the lists answered as a bare JSON array.
 *
 * @param <T> the item type
 */
public interface Listing<T> {

    /** Page {@code page} (from 0) of {@code pageSize} items, with the API's total where it gives one. */
    CompletableFuture<MistralResponse<ListPage<T>>> page(int page, int pageSize);

    /** Every item, page after page; a failed page fails the whole list. */
    CompletableFuture<List<T>> all(int pageSize);
}
