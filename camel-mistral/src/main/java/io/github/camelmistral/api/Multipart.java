package io.github.camelmistral.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body: text fields, then file parts (one for the API's uploads; several for
 * {@code mistral:apiRequest} forms) whose content is streamed from an {@link UploadSource} when the request is sent.
 * Only the small part headers are held in memory.
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
    private final List<FilePart> files;
    private final byte[] head;
    private final List<byte[]> fileHeads = new ArrayList<>();
    private final byte[] tail;

    private Multipart(List<Field> fields, List<FilePart> files) {
        this.boundary = "camel-mistral-" + UUID.randomUUID().toString().replace("-", "");
        this.fields = List.copyOf(fields);
        this.files = List.copyOf(files);
        this.head = encodeFields();
        for (int i = 0; i < this.files.size(); i++) {
            // each file's content ends with the CRLF that precedes the next delimiter
            fileHeads.add(encodeFileHead(i > 0 ? "\r\n" : "", this.files.get(i)));
        }
        this.tail = ((files.isEmpty() ? "" : "\r\n") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
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
        long length = head.length + (long) tail.length;
        for (int i = 0; i < files.size(); i++) {
            long content = files.get(i).content().length();
            if (content < 0) {
                return UploadSource.UNKNOWN_LENGTH;
            }
            length += fileHeads.get(i).length + content;
        }
        return length;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Whether the body can be sent again for a retry: each file part can be read again. */
    public boolean isReplayable() {
        return files.stream().allMatch(file -> file.content().isReplayable());
    }

    /** The first file part, or null. */
    public FilePart file() {
        return files.isEmpty() ? null : files.get(0);
    }

    /** The file parts, in the order they are sent. */
    public List<FilePart> files() {
        return files;
    }

    /** Everything before the first file part: the fields. */
    byte[] head() {
        return head;
    }

    /** What precedes the content of file part {@code index}: its delimiter and headers. */
    byte[] fileHead(int index) {
        return fileHeads.get(index);
    }

    /** Everything after the last file content: the closing delimiter. */
    byte[] tail() {
        return tail;
    }

    private byte[] encodeFields() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field field : fields) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(field.name()) + "\"\r\n\r\n");
            write(out, field.value());
            write(out, "\r\n");
        }
        return out.toByteArray();
    }

    private byte[] encodeFileHead(String separator, FilePart file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, separator + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(file.name())
                   + "\"; filename=\"" + quote(file.fileName()) + "\"\r\nContent-Type: " + file.contentType()
                   + "\r\n\r\n");
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
        private final List<FilePart> files = new ArrayList<>();

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

        /** Adds a file part; a name may repeat, for several files under one field. */
        public Builder file(String name, String fileName, String contentType, UploadSource content) {
            files.add(new FilePart(name, fileName, contentType, content));
            return this;
        }

        public Multipart build() {
            return new Multipart(fields, files);
        }
    }
}
