package io.herald.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Hashing, issuing and hiding the secrets protocols authenticate with. The secrets Herald stores
 * (tokens, API secrets) are random and long, so a fast hash is right for them: a slow, salted hash
 * protects guessable passwords against dictionaries, and there is no dictionary of 256-bit random
 * strings. A fast unsalted hash also lets a presented secret be looked up by its hash.
 */
public final class Secrets {

    /** What a {@code toString} shows in place of a secret. */
    public static final String REDACTED = "***";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new secret: 256 random bits, URL-safe base64 without padding (43 characters). */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@link #REDACTED} for a secret that is there, null for one that is not: a toString tells which. */
    public static String redacted(Object secret) {
        return secret == null ? null : REDACTED;
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
