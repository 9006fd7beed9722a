package io.github.camelmistral.api.observability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The spec's {@code FilterPayload}: {@code filters} is required but nullable, so "no filter" is sent as an explicit
 * {@code "filters": null} (the component's mapper leaves nulls out everywhere else). The spec also allows a
 * {@code FilterGroup} (AND/OR of conditions) here; the component only ever needs one condition.
 */
public record FilterPayload(
        @JsonProperty("filters") @JsonInclude(JsonInclude.Include.ALWAYS) FilterCondition filters) {
}
