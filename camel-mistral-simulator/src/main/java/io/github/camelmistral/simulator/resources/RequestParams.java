package io.github.camelmistral.simulator.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.ValidationErrors;

/** Typed path and query parameters, refused the way FastAPI refuses them (422, {@code loc: ["query", name]}). */
public final class RequestParams {

    private RequestParams() {
    }

    /** A path parameter the spec types as a UUID (file and job ids): anything else is a 422, not a 404. */
    public static String uuid(SimRequest request, String name) {
        String value = request.pathParam(name);
        try {
            UUID.fromString(value);
            if (value.length() == 36) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below, as pydantic reports it
        }
        throw ApiException.validation(ValidationErrors.item("uuid_parsing", ValidationErrors.loc("path", name),
                "Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` "
                        + "followed by [0-9a-fA-F-]", TextNode.valueOf(value)));
    }

    public static int integer(SimRequest request, String name, int defaultValue) {
        Optional<String> value = request.query(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw invalid(name, value.get(), "int_parsing",
                    "Input should be a valid integer, unable to parse string as an integer");
        }
    }

    public static boolean bool(SimRequest request, String name, boolean defaultValue) {
        Optional<String> value = request.query(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            case "false", "0", "no", "off", "f", "n" -> false;
            default -> throw invalid(name, value.get(), "bool_parsing",
                    "Input should be a valid boolean, unable to interpret input");
        };
    }

    /**
     * A date-time filter such as {@code created_after}. The API takes ISO-8601 (pydantic also takes a date or Unix
     * seconds); an unencoded '+' of an offset arrives as a space and fails here as it fails there.
     */
    public static Optional<Instant> dateTime(SimRequest request, String name) {
        Optional<String> value = request.query(name);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        try {
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                return Optional.of(Instant.ofEpochMilli((long) (Double.parseDouble(text) * 1000)));
            }
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(name, text, "datetime_from_date_parsing",
                    "Input should be a valid datetime or date, invalid character in year");
        }
    }

    /** A parameter restricted to an enum; {@code allowed} lists the spec's values. */
    public static Optional<String> oneOf(SimRequest request, String name, List<String> allowed) {
        Optional<String> value = request.query(name);
        value.ifPresent(text -> requireOneOf(name, text, allowed));
        return value;
    }

    /** All values of a repeated enum parameter, such as the batch list's {@code status}. */
    public static List<String> allOf(SimRequest request, String name, List<String> allowed) {
        List<String> values = request.queryAll(name);
        values.forEach(text -> requireOneOf(name, text, allowed));
        return values;
    }

    private static void requireOneOf(String name, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw ApiException.validation(ValidationErrors.enumMismatch(ValidationErrors.loc("query", name), allowed,
                    TextNode.valueOf(value)));
        }
    }

    private static ApiException invalid(String name, String value, String type, String message) {
        return ApiException.validation(
                ValidationErrors.item(type, ValidationErrors.loc("query", name), message, TextNode.valueOf(value)));
    }

    /** The API's offset paging: a 0-based page of {@code pageSize} items and the total before paging. */
    public static <T> ObjectNode page(SimRequest request, List<T> items, Function<T, ObjectNode> json,
            boolean includeTotal) {
        int page = Math.max(0, integer(request, "page", 0));
        int pageSize = Math.max(0, integer(request, "page_size", 100));
        long from = Math.min((long) page * pageSize, items.size());
        long to = Math.min(from + pageSize, items.size());
        ObjectNode list = Json.object();
        ArrayNode data = list.putArray("data");
        items.subList((int) from, (int) to).forEach(item -> data.add(json.apply(item)));
        list.put("object", "list");
        if (includeTotal) {
            list.put("total", items.size());
        } else {
            list.putNull("total");
        }
        return list;
    }
}
