package io.github.camelmistral.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JavaType;
import io.github.camelmistral.api.ListPage;

/**
 * Reads the offset-paginated lists of the API ({@code page} from 0, {@code page_size}, answer {@code {data, total}})
 * without blocking: one page, or every page one after the other.
 * <p>
 * Paging stops at the first empty page, once {@code (page + 1) * pageSize >= total}, or, when the API gives no
 * total, at the first short page. Offset paging shifts when items are created meanwhile, so callers that must not
 * miss or repeat items (polling triggers) should filter or order the list and dedupe by id.
 */
public final class Pages {

    /** The API's own default page size. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private Pages() {
    }

    /** One page of {@code path}, with {@code page} and {@code page_size} added to {@code filters}. */
    public static <T> CompletableFuture<MistralResponse<ListPage<T>>> page(MistralClient client, String path,
                                                                           Map<String, List<String>> filters, int page,
                                                                           int pageSize, Class<T> itemType) {
        requireValid(page, pageSize);
        Map<String, List<String>> query = QueryParameters.of(filters)
                .set("page", page)
                .set("page_size", pageSize)
                .toMap();
        JavaType type = MistralJson.mapper().getTypeFactory().constructParametricType(ListPage.class, itemType);
        return client.call(ApiCall.get(path, query), type);
    }

    /** Every item of {@code path} matching {@code filters}, page after page, in the order the API lists them. */
    public static <T> CompletableFuture<List<T>> all(MistralClient client, String path, Map<String, List<String>> filters,
                                                     int pageSize, Class<T> itemType) {
        return all(pageSize, page -> Pages.<T> page(client, path, filters, page, pageSize, itemType)
                .thenApply(MistralResponse::body));
    }

    /**
     * Every item of a paginated list, {@code fetchPage} being called for page 0, 1, ... until the last page; a failed
     * page fails the whole list (never a partial list that could pass for complete).
     */
    public static <T> CompletableFuture<List<T>> all(int pageSize, IntFunction<CompletableFuture<ListPage<T>>> fetchPage) {
        return until(pageSize, fetchPage, items -> false);
    }

    /**
     * {@link #all}, but stops early after the first page for whose items {@code enough} holds: for a list in a known
     * order (e.g. newest first) whose caller needs only its head.
     */
    public static <T> CompletableFuture<List<T>> until(int pageSize, IntFunction<CompletableFuture<ListPage<T>>> fetchPage,
                                                       Predicate<List<T>> enough) {
        requireValid(0, pageSize);
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        fetchFrom(0, pageSize, fetchPage, enough, new ArrayList<>(), result);
        return result;
    }

    /** Whether {@code page}, as answered, is the last one of its list. */
    public static boolean isLastPage(int page, int pageSize, ListPage<?> answer) {
        if (answer.data().isEmpty()) {
            return true;
        }
        if (answer.total() != null) {
            return (long) (page + 1) * pageSize >= answer.total();
        }
        return answer.data().size() < pageSize;
    }

    private static <T> void fetchFrom(int page, int pageSize, IntFunction<CompletableFuture<ListPage<T>>> fetchPage,
                                      Predicate<List<T>> enough, List<T> items, CompletableFuture<List<T>> result) {
        CompletableFuture<ListPage<T>> answer;
        try {
            answer = fetchPage.apply(page);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        answer.whenComplete((listPage, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            items.addAll(listPage.data());
            if (isLastPage(page, pageSize, listPage) || enough.test(listPage.data())) {
                result.complete(items);
            } else {
                fetchFrom(page + 1, pageSize, fetchPage, enough, items, result);
            }
        });
    }

    private static void requireValid(int page, int pageSize) {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("Paging needs page >= 0 and pageSize >= 1, but got page=" + page
                                               + ", pageSize=" + pageSize);
        }
    }
}
