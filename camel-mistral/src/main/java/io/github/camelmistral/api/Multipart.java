package io.github.camelmistral.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body: text fields, then at most one file part whose content is streamed from an
 * {@link UploadSource} when the request is sent. Only the small part headers are held in memory.
 */
public final class Multipart {

    /** A text field; a name may repeat, which is how the API takes an array ({@code timestamp_granularities}). */
    public record Field(String name, String value) {
    }

    /** The file part: form field name, the file name the API records, its media type and its content. */
    public record FilePart(String name, String fileName, String contentType, UploadSource content) {
    }

    private final String boundary;
    private final List<Field> fields;
    private final FilePart file;
    private final byte[] head;
    private final byte[] tail;

    private Multipart(List<Field> fields, FilePart file) {
        this.boundary = "camel-mistral-" + UUID.randomUUID().toString().replace("-", "");
        this.fields = List.copyOf(fields);
        this.file = file;
        this.head = encodeHead();
        // the file content ends with the CRLF that precedes the closing delimiter
        this.tail = ((file != null ? "\r\n" : "") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The {@code Content-Type} header value, boundary included. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The exact body length, or {@link UploadSource#UNKNOWN_LENGTH} when the file part's length is unknown. */
    public long contentLength() {
        if (file == null) {
            return head.length + (long) tail.length;
        }
        long content = file.content().length();
        return content < 0 ? UploadSource.UNKNOWN_LENGTH : head.length + content + tail.length;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The file part, or null. */
    /** Whether the body can be sent again for a retry: its file part, if any, can be read again. */
    public boolean isReplayable() {
        return file == null || file.content().isReplayable();
    }

    public FilePart file() {
        return file;
    }

    /** Everything before the file content: the fields and the file part's headers. */
    byte[] head() {
        return head;
    }

    /** Everything after the file content: the closing delimiter. */
    byte[] tail() {
        return tail;
    }

    private byte[] encodeHead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field field : fields) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(field.name()) + "\"\r\n\r\n");
            write(out, field.value());
            write(out, "\r\n");
        }
        if (file != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(file.name())
                       + "\"; filename=\"" + quote(file.fileName()) + "\"\r\nContent-Type: " + file.contentType()
                       + "\r\n\r\n");
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Escapes a name for a quoted header parameter the way browsers do: a quote or line break cannot end it early. */
    private static String quote(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    public static final class Builder {
        private final List<Field> fields = new ArrayList<>();
        private FilePart file;

        private Builder() {
        }

        /** Adds a text field; a null value adds nothing, so optional parameters can be passed as they are. */
        public Builder field(String name, Object value) {
            if (value != null) {
                fields.add(new Field(name, String.valueOf(value)));
            }
            return this;
        }

        /** Adds one field per value under the same name; null or empty adds nothing. */
        public Builder fields(String name, Collection<?> values) {
            if (values != null) {
                values.forEach(value -> field(name, value));
            }
            return this;
        }

        public Builder file(String name, String fileName, String contentType, UploadSource content) {
            this.file = new FilePart(name, fileName, contentType, content);
            return this;
        }

        public Multipart build() {
            return new Multipart(fields, file);
        }
    }
}
