package io.github.camelmistral.simulator.resources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.Json;

/** A stored file: its real bytes and the metadata the files API reports. */
public record StoredFile(String id, String filename, String purpose, String sampleType, String source,
        String mimetype, String visibility, long createdAt, Long expiresAt, byte[] content) {

    private static final Map<String, String> MIMETYPES = Map.of(
            "jsonl", "application/jsonl",
            "json", "application/json",
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain",
            "mp3", "audio/mpeg",
            "wav", "audio/wav");

    /** The declared part type, or one guessed from the extension when the client sent none useful. */
    public static String mimetypeOf(String filename, String declared) {
        if (declared != null && !declared.isBlank() && !declared.startsWith("application/octet-stream")) {
            return declared;
        }
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MIMETYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** Line count of text files (JSONL datasets and batch files), null for binary content. */
    public Integer numLines() {
        if (!mimetype.startsWith("text/") && !mimetype.contains("json")) {
            return null;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return (int) text.lines().filter(line -> !line.isBlank()).count();
    }

    /** A content hash, as the API's {@code signature}. */
    public String signature() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("object", "file");
        json.put("bytes", content.length);
        json.put("created_at", createdAt);
        json.put("filename", filename);
        json.put("purpose", purpose);
        json.put("sample_type", sampleType);
        json.put("num_lines", numLines());
        json.put("mimetype", mimetype);
        json.put("source", source);
        json.put("signature", signature());
        json.put("expires_at", expiresAt);
        json.put("visibility", visibility);
        return json;
    }
}
