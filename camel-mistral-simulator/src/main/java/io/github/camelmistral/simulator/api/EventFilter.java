package io.github.camelmistral.simulator.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code filters} of an event search (the spec's {@code FilterPayload}): null, a {@code FilterCondition}
 * {@code {field, op, value}}, or a {@code FilterGroup} {@code {AND: [...], OR: [...]}} nesting both. It is checked
 * whole before any event is read, so a bad filter fails even when no event exists. Conditions test the fields
 * {@link io.github.camelmistral.simulator.resources.CompletionEvent#fields()} names; {@code created_at} compares as
 * an instant, numbers as numbers, the rest as text.
 */
final class EventFilter {

    /** The spec's operators the simulator evaluates; the others ({@code matches, includes, ...}) it refuses. */
    private static final Set<String> SUPPORTED = Set.of("eq", "neq", "lt", "lte", "gt", "gte", "startswith",
            "istartswith", "endswith", "iendswith", "contains", "icontains", "notcontains", "inotcontains", "isnull");
    private static final Set<String> SPEC_OPERATORS = Set.of("lt", "lte", "gt", "gte", "startswith", "istartswith",
            "endswith", "iendswith", "contains", "icontains", "matches", "notcontains", "inotcontains", "eq", "neq",
            "isnull", "includes", "excludes", "len_eq");
    private static final Set<String> COMPARISONS = Set.of("eq", "neq", "lt", "lte", "gt", "gte");

    private EventFilter() {
    }

    /** The predicate over an event's fields; {@code knownFields} are the names a condition may use. */
    static Predicate<ObjectNode> of(JsonNode filters, Set<String> knownFields) {
        if (filters == null || filters.isNull() || filters.isMissingNode()) {
            return fields -> true;
        }
        if (!filters.isObject()) {
            throw ObservabilityErrors.validation("filters must be a filter condition, a filter group or null");
        }
        return filters.has("field") || filters.has("op") ? condition(filters, knownFields) : group(filters, knownFields);
    }

    private static Predicate<ObjectNode> group(JsonNode group, Set<String> knownFields) {
        List<Predicate<ObjectNode>> all = members(group.get("AND"), "AND", knownFields);
        List<Predicate<ObjectNode>> any = members(group.get("OR"), "OR", knownFields);
        return fields -> all.stream().allMatch(each -> each.test(fields))
                && (any.isEmpty() || any.stream().anyMatch(each -> each.test(fields)));
    }

    private static List<Predicate<ObjectNode>> members(JsonNode list, String name, Set<String> knownFields) {
        List<Predicate<ObjectNode>> members = new ArrayList<>();
        if (list == null || list.isNull()) {
            return members;
        }
        if (!list.isArray()) {
            throw ObservabilityErrors.validation(name + " must be a list of filters or null");
        }
        list.forEach(member -> members.add(of(member, knownFields)));
        return members;
    }

    private static Predicate<ObjectNode> condition(JsonNode condition, Set<String> knownFields) {
        if (!condition.path("field").isTextual() || !condition.path("op").isTextual() || !condition.has("value")) {
            throw ObservabilityErrors.validation("a filter condition needs a string field, a string op and a value");
        }
        String field = condition.get("field").asText();
        String op = condition.get("op").asText();
        JsonNode value = condition.get("value");
        if (!SPEC_OPERATORS.contains(op)) {
            throw ObservabilityErrors.validation("Unknown filter operator '" + op + "'");
        }
        if (!SUPPORTED.contains(op)) {
            throw ObservabilityErrors.of(400, "FEATURE_NOT_SUPPORTED",
                    "The Mistral simulator does not evaluate the filter operator '" + op + "'");
        }
        if (!knownFields.contains(field)) {
            throw ObservabilityErrors.of(400, "FIELDS_NOT_FOUND", "Unknown chat completion field '" + field + "'");
        }
        if (field.equals("created_at") && COMPARISONS.contains(op)) {
            instant(value); // a bad date fails the search now, not only once events exist
        }
        return fields -> test(field, op, fields.path(field), value);
    }

    private static boolean test(String field, String op, JsonNode actual, JsonNode expected) {
        if (op.equals("isnull")) {
            return actual.isNull() == expected.asBoolean(true);
        }
        if (actual.isNull() || actual.isMissingNode()) {
            return op.equals("neq") && !expected.isNull();
        }
        String text = actual.asText();
        String wanted = expected.isValueNode() ? expected.asText() : expected.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        String lowerWanted = wanted.toLowerCase(Locale.ROOT);
        return switch (op) {
            case "eq" -> compare(field, actual, expected) == 0;
            case "neq" -> compare(field, actual, expected) != 0;
            case "lt" -> compare(field, actual, expected) < 0;
            case "lte" -> compare(field, actual, expected) <= 0;
            case "gt" -> compare(field, actual, expected) > 0;
            case "gte" -> compare(field, actual, expected) >= 0;
            case "startswith" -> text.startsWith(wanted);
            case "istartswith" -> lower.startsWith(lowerWanted);
            case "endswith" -> text.endsWith(wanted);
            case "iendswith" -> lower.endsWith(lowerWanted);
            case "contains" -> text.contains(wanted);
            case "icontains" -> lower.contains(lowerWanted);
            case "notcontains" -> !text.contains(wanted);
            case "inotcontains" -> !lower.contains(lowerWanted);
            default -> throw new IllegalStateException(op);
        };
    }

    /** The order of an event's value against the filter's; values of another type never compare equal. */
    private static int compare(String field, JsonNode actual, JsonNode expected) {
        if (field.equals("created_at")) {
            return instant(actual).compareTo(instant(expected));
        }
        if (actual.isNumber() && expected.isNumber()) {
            return Double.compare(actual.asDouble(), expected.asDouble());
        }
        if (actual.isBoolean() && expected.isBoolean()) {
            return Boolean.compare(actual.asBoolean(), expected.asBoolean());
        }
        if (actual.isTextual() && expected.isTextual()) {
            return actual.asText().compareTo(expected.asText());
        }
        return actual.isNumber() || actual.isBoolean() ? -1 : 1;
    }

    private static Instant instant(JsonNode value) {
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw ObservabilityErrors.validation("created_at filters take an ISO-8601 date-time, not '"
                    + value.asText() + "'");
        }
    }
}
