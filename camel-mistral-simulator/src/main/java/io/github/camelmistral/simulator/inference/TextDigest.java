package io.github.camelmistral.simulator.inference;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/** Deterministic numbers and token counts derived from text, so equal inputs always give equal answers. */
public final class TextDigest {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private TextDigest() {
    }

    /** A 64-bit seed from the parts (SHA-256, so close texts give unrelated seeds). */
    public static long seed(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A number in [0, 1) from the parts. */
    public static double unit(String... parts) {
        return (seed(parts) >>> 11) * 0x1.0p-53;
    }

    /** Roughly one token per four characters, as English text averages. */
    public static int tokens(String text) {
        return text == null || text.isEmpty() ? 0 : Math.max(1, (text.length() + 3) / 4);
    }

    /** The text on one line, cut to {@code max} characters. */
    public static String excerpt(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    /** A tool-call id in the only shape the API accepts back: nine letters or digits. */
    public static String toolCallId(String... parts) {
        SplittableRandom random = new SplittableRandom(seed(parts));
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }
}
