package io.github.camelmistral.simulator.resources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pre-signed download URLs of {@code GET /v1/files/{id}/url}. They point back at the simulator, need no API key
 * (like a blob-store URL) and stop working when they expire, so a client can really use one, e.g. as an OCR
 * {@code document_url}.
 */
public final class SignedUrls {

    public static final String ROUTE = "/simulator/signed-files/{file_id}";
    private static final Pattern FILE_ID = Pattern.compile("/simulator/signed-files/([0-9a-fA-F-]{36})");

    private SignedUrls() {
    }

    public static String url(String baseUrl, String fileId, long expiresAt) {
        return url(baseUrl, ROUTE.replace("{file_id}", fileId), fileId, expiresAt);
    }

    /** A signed URL of another download route; {@code id} is what the signature covers. */
    public static String url(String baseUrl, String path, String id, long expiresAt) {
        return baseUrl + path + "?se=" + expiresAt + "&sig=" + signature(id, String.valueOf(expiresAt));
    }

    public static boolean isValid(String fileId, String expiresAt, String signature, long now) {
        if (expiresAt == null || signature == null || !expiresAt.matches("\\d+")) {
            return false;
        }
        return Long.parseLong(expiresAt) > now && signature(fileId, expiresAt).equals(signature);
    }

    /** The file a signed URL of this simulator points at. */
    public static Optional<String> fileIdOf(String url) {
        Matcher matcher = FILE_ID.matcher(url);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String signature(String fileId, String expiresAt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("mistral-simulator:" + fileId + ":" + expiresAt).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
