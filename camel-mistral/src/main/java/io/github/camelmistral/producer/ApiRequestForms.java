package io.github.camelmistral.producer;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelmistral.api.FormFile;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.Multipart;
import org.apache.camel.Exchange;

/**
 * The multipart form of a {@code mistral:apiRequest} {@code Map} body that holds files. Each entry is a form field
 * named by its key: a file part for {@code byte[]}, {@code File}, {@code Path}, {@code InputStream}, a Camel
 * {@code GenericFile} or a {@link FormFile}; a text field for a {@code String}, number or boolean; its JSON text for
 * anything else; one part per element (same name) for a {@code Collection}; nothing for null. Text fields are sent
 * first, then the files in the map's order, their content streamed.
 */
final class ApiRequestForms {

    private static final String OCTET_STREAM = "application/octet-stream";

    private ApiRequestForms() {
    }

    /** Whether the body is a {@code Map} with at least one file part, which is sent as multipart. */
    static boolean isForm(Object body) {
        return body instanceof Map<?, ?> map && map.values().stream().anyMatch(ApiRequestForms::holdsFile);
    }

    private static boolean holdsFile(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(ApiRequestForms::holdsFile);
        }
        return value instanceof FormFile || UploadBodies.isBinary(value);
    }

    static Multipart form(String action, Map<?, ?> body, Exchange exchange) throws IOException {
        Multipart.Builder form = Multipart.builder();
        for (Map.Entry<?, ?> entry : body.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (entry.getValue() instanceof Collection<?> values) {
                for (Object value : values) {
                    add(action, form, name, value, exchange);
                }
            } else {
                add(action, form, name, entry.getValue(), exchange);
            }
        }
        return form.build();
    }

    private static void add(String action, Multipart.Builder form, String name, Object value, Exchange exchange)
            throws IOException {
        if (value == null) {
            return;
        }
        FormFile file = value instanceof FormFile given ? given : UploadBodies.isBinary(value) ? FormFile.of(value, null)
                : null;
        if (file == null) {
            form.field(name, text(action, name, value));
            return;
        }
        String fileName = file.fileName() != null ? file.fileName() : fileName(file.content(), name, exchange);
        form.file(name, fileName, file.contentType() != null ? file.contentType() : OCTET_STREAM,
                UploadBodies.source(action, "form part '" + name + "'", file.content(), Long.MAX_VALUE, exchange));
    }

    private static String text(String action, String name, Object value) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        try {
            return MistralJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(action + ": the form field '" + name + "' is neither text nor "
                                               + "writable as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The file's own name, else the message's file name ({@code CamelMistralFileName}, {@code CamelFileName}), else the field's. */
    private static String fileName(Object content, String field, Exchange exchange) {
        String own = UploadBodies.ownName(content);
        if (own != null) {
            return own;
        }
        String named = UploadBodies.fileName(exchange, null);
        return named != null ? named : field;
    }
}
