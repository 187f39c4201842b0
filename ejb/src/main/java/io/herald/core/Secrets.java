package io.herald.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Hashing and comparing the secrets protocols authenticate with. */
public final class Secrets {

    private Secrets() {
    }

    /** Lower-case hex of SHA-256 over the UTF-8 bytes. */
    public static String sha256Hex(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Equality in time independent of where the texts differ, so a guess learns nothing from timing. */
    public static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex digests compared without regard to letter case, in constant time. */
    public static boolean hexEquals(String a, String b) {
        return a != null && b != null && constantTimeEquals(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }
}
