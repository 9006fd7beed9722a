package io.github.camelmistral.api;

import java.util.List;

/**
 * One page of a paginated list ({@code GET /v1/files}, {@code /v1/fine_tuning/jobs}, {@code /v1/batch/jobs}):
 * {@code {data, object:"list", total}}. {@code total} counts every item the filters match, not just this page; it can
 * be null (files with {@code include_total=false}).
 *
 * @param <T> the resource type of the list
 */
public record ListPage<T>(List<T> data, String object, Integer total) {

    public ListPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
