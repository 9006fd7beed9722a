package io.github.camelmistral.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed multipart/form-data body; part contents are kept byte for byte. */
public final class Multipart {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** One form field; {@code filename} is set for file fields. */
    public record Part(String name, String filename, String contentType, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    public static Multipart parse(String contentType, byte[] body) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] partSeparator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw ApiException.badRequest("Invalid multipart body: no boundary found");
        }
        position += delimiter.length;
        while (position < body.length && !startsWith(body, position, new byte[] {'-', '-'})) {
            position = skip(body, position, CRLF);
            int headerEnd = indexOf(body, HEADER_END, position);
            int contentEnd = headerEnd < 0 ? -1 : indexOf(body, partSeparator, headerEnd + HEADER_END.length);
            if (contentEnd < 0) {
                throw ApiException.badRequest("Invalid multipart body: unterminated part");
            }
            String headers = new String(body, position, headerEnd - position, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headerEnd + HEADER_END.length, contentEnd);
            parts.add(part(headers, content));
            position = contentEnd + partSeparator.length;
        }
        return new Multipart(parts);
    }

    private static Part part(String headerBlock, byte[] content) {
        String name = null;
        String filename = null;
        String type = null;
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                filename = parameter(value, "filename");
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        if (name == null) {
            throw ApiException.badRequest("Invalid multipart body: a part has no name");
        }
        return new Part(name, filename, type, content);
    }

    private static String boundary(String contentType) {
        String boundary = contentType == null ? null : parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw ApiException.badRequest("Invalid multipart body: no boundary in Content-Type");
        }
        return boundary;
    }

    /** A parameter of a header value such as {@code form-data; name="file"; filename="a;b.jsonl"}. */
    private static String parameter(String headerValue, String parameter) {
        Matcher matcher = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(parameter)
                + "\\s*=\\s*(?:\"([^\"]*)\"|([^;]*))", Pattern.CASE_INSENSITIVE).matcher(headerValue);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2).trim();
    }

    private static int skip(byte[] body, int position, byte[] expected) {
        return startsWith(body, position, expected) ? position + expected.length : position;
    }

    private static boolean startsWith(byte[] body, int position, byte[] expected) {
        if (position + expected.length > body.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (body[position + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public List<Part> parts() {
        return parts;
    }

    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(part -> names.add(part.name()));
        return names;
    }

    public Optional<Part> part(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst();
    }

    /** A text field; empty when absent. */
    public Optional<String> text(String name) {
        return part(name).map(Part::text);
    }

    /** All values of a repeated field. */
    public List<String> texts(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).map(Part::text).toList();
    }
}
