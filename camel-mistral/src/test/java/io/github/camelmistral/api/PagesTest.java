package io.github.camelmistral.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

import io.github.camelmistral.api.ListPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The paging loop the list operations and the polling triggers share, without HTTP. */
class PagesTest {

    private final List<Integer> asked = new ArrayList<>();

    @Test
    void stopsOnceTheTotalIsReached() {
        List<String> items = Pages.all(2, pages(new ListPage<>(List.of("a", "b"), "list", 4),
                new ListPage<>(List.of("c", "d"), "list", 4))).join();

        assertThat(items).containsExactly("a", "b", "c", "d");
        assertThat(asked).containsExactly(0, 1);
    }

    @Test
    void stopsAtAnEmptyPageEvenWhenTheTotalSaysMore() {
        List<String> items = Pages.all(2, pages(new ListPage<>(List.of("a", "b"), "list", 10),
                new ListPage<>(List.of(), "list", 10))).join();

        assertThat(items).containsExactly("a", "b");
        assertThat(asked).containsExactly(0, 1);
    }

    @Test
    void withoutATotalStopsAtTheFirstShortPage() {
        List<String> items = Pages.all(2, pages(new ListPage<>(List.of("a", "b"), "list", null),
                new ListPage<>(List.of("c"), "list", null))).join();

        assertThat(items).containsExactly("a", "b", "c");
        assertThat(asked).containsExactly(0, 1);
    }

    @Test
    void aFailedPageFailsTheWholeListRatherThanReturningPartOfIt() {
        IntFunction<CompletableFuture<ListPage<String>>> fetch = page -> page == 0
                ? CompletableFuture.completedFuture(new ListPage<>(List.of("a"), "list", 2))
                : CompletableFuture.failedFuture(new IllegalStateException("page 1 failed"));

        assertThatThrownBy(() -> Pages.all(1, fetch).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("page 1 failed");
    }

    @Test
    void aPageSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> Pages.all(0, page -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize >= 1");
    }

    @SafeVarargs
    private IntFunction<CompletableFuture<ListPage<String>>> pages(ListPage<String>... answers) {
        return page -> {
            asked.add(page);
            return CompletableFuture.completedFuture(answers[page]);
        };
    }
}
