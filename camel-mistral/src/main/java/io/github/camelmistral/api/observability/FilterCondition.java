package io.github.camelmistral.api.observability;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The spec's {@code FilterCondition}: {@code field}, {@code op} (one of {@code lt, lte, gt, gte, startswith,
 * istartswith, endswith, iendswith, contains, icontains, matches, notcontains, inotcontains, eq, neq, isnull,
 * includes, excludes, len_eq}) and {@code value}, all required. Which field names exist is not in the spec: the API
 * lists them at {@code GET /v1/observability/chat-completion-fields}.
 */
public record FilterCondition(
        @JsonProperty("field") String field,
        @JsonProperty("op") String op,
        @JsonProperty("value") Object value) {

    /** {@code field eq value}. */
    public static FilterCondition equalTo(String field, Object value) {
        return new FilterCondition(field, "eq", value);
    }
}
