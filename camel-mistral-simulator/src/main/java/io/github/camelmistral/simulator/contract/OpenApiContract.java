package io.github.camelmistral.simulator.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.camelmistral.simulator.http.Multipart;
import io.github.camelmistral.simulator.http.PathTemplate;
import io.github.camelmistral.simulator.http.SimRequest;
import io.github.camelmistral.simulator.http.ValidationErrors;

/**
 * Strict contract mode: the official OpenAPI 3.1 document, read from where it lives (it is never copied into the
 * repository), checks every request body the simulator receives. A JSON body is validated against the request schema
 * of the operation matching method and path, as JSON Schema 2020-12 with format assertions on; a multipart body has
 * its field names checked against the form schema. Violations come back as FastAPI {@code detail} items carrying the
 * validator's message.
 */
public final class OpenApiContract {

    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Map<String, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    private final Path source;
    private final JsonNode document;
    private final JsonSchema documentSchema;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<Operation, JsonSchema> requestSchemas = new ConcurrentHashMap<>();

    /** One operation with a request body; {@code variant} is the part after '#' in keys like {@code /v1/x#stream}. */
    private record Operation(String method, PathTemplate path, String specKey, String variant, String operationId,
            String mediaType) {
    }

    private OpenApiContract(Path source, JsonNode document) {
        this.source = source;
        this.document = document;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        // the whole document is the schema resource, so the spec's '#/components/schemas/...' references resolve in it
        this.documentSchema = factory.getSchema(SchemaLocation.of(source.toUri().toString()), document, config);
        indexOperations();
    }

    /** Loads a spec once per JVM and file version: test classes each start a simulator, the 1 MB parse is shared. */
    public static OpenApiContract load(Path spec) {
        Path absolute = spec.toAbsolutePath().normalize();
        try {
            String key = absolute + "@" + Files.getLastModifiedTime(absolute).toMillis() + "/" + Files.size(absolute);
            return LOADED.computeIfAbsent(key, ignored -> new OpenApiContract(absolute,
                    SpecDefects.repaired(readYaml(absolute))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI spec " + absolute, e);
        }
    }

    private static JsonNode readYaml(Path spec) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(spec.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the OpenAPI spec " + spec, e);
        }
    }

    public Path source() {
        return source;
    }

    private void indexOperations() {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String key = path.getKey();
            int hash = key.indexOf('#');
            PathTemplate template = new PathTemplate(hash < 0 ? key : key.substring(0, hash));
            String variant = hash < 0 ? null : key.substring(hash + 1);
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.has(JSON) ? JSON : content.has(MULTIPART) ? MULTIPART : null;
                if (METHODS.contains(method.getKey()) && mediaType != null) {
                    operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), template, key, variant,
                            method.getValue().path("operationId").asText(), mediaType));
                }
            }
        }
    }

    /** The FastAPI detail items for what the request's body breaks in the spec; empty when it conforms. */
    public List<ObjectNode> violations(SimRequest request) {
        Operation operation = operationFor(request);
        if (operation == null) {
            return List.of();
        }
        if (operation.mediaType().equals(MULTIPART)) {
            return request.isMultipart() ? multipartViolations(operation, request.multipart()) : List.of();
        }
        if (!request.hasJsonBody()) {
            return List.of(ValidationErrors.missing(ValidationErrors.loc("body"), null));
        }
        List<ValidationMessage> messages = SchemaErrorFilter
                .explainingMessages(requestSchema(operation).validate(request.json()));
        List<ObjectNode> items = new ArrayList<>();
        messages.forEach(message -> items.add(detailItem(operation, message)));
        return items;
    }

    /** The operation for method and path; a {@code #stream} variant serves requests asking to stream. */
    private Operation operationFor(SimRequest request) {
        List<Operation> candidates = operations.stream()
                .filter(op -> op.method().equals(request.method()) && op.path().match(request.path()) != null)
                .toList();
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        String wanted = asksToStream(request) ? "stream" : null;
        return candidates.stream().filter(op -> Objects.equals(op.variant(), wanted)).findFirst()
                .orElse(candidates.get(0));
    }

    private static boolean asksToStream(SimRequest request) {
        if (request.isMultipart()) {
            return request.multipart().text("stream").map(Boolean::parseBoolean).orElse(false);
        }
        return request.hasJsonBody() && request.json().path("stream").asBoolean(false);
    }

    private JsonSchema requestSchema(Operation operation) {
        return requestSchemas.computeIfAbsent(operation, op -> documentSchema.getSubSchema(
                new JsonNodePath(PathType.JSON_POINTER).append("paths").append(op.specKey())
                        .append(op.method().toLowerCase(Locale.ROOT)).append("requestBody").append("content")
                        .append(JSON).append("schema")));
    }

    private List<ObjectNode> multipartViolations(Operation operation, Multipart form) {
        JsonNode schema = resolve(document.path("paths").path(operation.specKey())
                .path(operation.method().toLowerCase(Locale.ROOT)).path("requestBody").path("content")
                .path(MULTIPART).path("schema"));
        List<ObjectNode> items = new ArrayList<>();
        JsonNode properties = schema.path("properties");
        for (String name : form.names()) {
            if (!properties.has(name)) {
                ObjectNode item = ValidationErrors.extraForbidden(ValidationErrors.loc("body", name), null);
                item.put("msg", "form field '" + name + "' is not defined in the spec's schema for "
                        + operation.operationId());
                items.add(item);
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!form.names().contains(required.asText())) {
                items.add(ValidationErrors.missing(ValidationErrors.loc("body", required.asText()), null));
            }
        }
        return items;
    }

    /** Follows local references such as {@code #/components/schemas/AudioTranscriptionRequest}. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private ObjectNode detailItem(Operation operation, ValidationMessage message) {
        ArrayNode loc = ValidationErrors.loc("body");
        JsonNodePath instance = message.getInstanceLocation();
        for (int i = 0; i < instance.getNameCount(); i++) {
            ValidationErrors.append(loc, instance.getElement(i));
        }
        String type = switch (message.getType()) {
            case "additionalProperties" -> "extra_forbidden";
            case "required" -> "missing";
            default -> message.getType();
        };
        if (message.getProperty() != null && (type.equals("extra_forbidden") || type.equals("missing"))) {
            ValidationErrors.append(loc, message.getProperty());
        }
        ObjectNode item = ValidationErrors.item(type, loc, message.getMessage(), message.getInstanceNode());
        item.putObject("ctx").put("operation", operation.operationId()).put("spec", source.getFileName().toString());
        return item;
    }

    @Override
    public String toString() {
        return "OpenApiContract[" + source + ", " + operations.size() + " operations with a request body]";
    }
}
