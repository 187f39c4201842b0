package io.herald.protocol.ewallet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * The key pair an eWallet socket presents in its {@code Authorization} header, before any lookup:
 * {@code OMGProvider base64(access_key:secret_key)} (older spelling {@code OMGServer}) or
 * {@code OMGClient base64(api_key:authentication_token)}. Whether the keys are known is for the
 * identity service to decide; this class only reads the header.
 *
 * @param key the access key or the api key
 * @param secret the secret key or the authentication token
 */
public record EwalletCredentials(Kind kind, String key, String secret) {

    /** The one media type the handshake accepts. */
    public static final String MEDIA_TYPE_V1 = "application/vnd.omisego.v1+json";

    public enum Kind {
        /** {@code access_key:secret_key} of a provider (a back-end server). */
        PROVIDER,
        /** {@code api_key:authentication_token} of a client app acting for one user. */
        CLIENT
    }

    /** Why a header could not be read; the handshake answers 403 for every one of them. */
    public enum Failure {
        MISSING,
        UNKNOWN_SCHEME,
        BAD_BASE64,
        NO_COLON,
        EMPTY_KEY_OR_SECRET
    }

    /** The outcome of reading a header: the credentials or why there are none. */
    public sealed interface Parsed {
    }

    public record Valid(EwalletCredentials credentials) implements Parsed {
    }

    public record Invalid(Failure failure) implements Parsed {
    }

    public EwalletCredentials {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    /** Reads an {@code Authorization} header value (null when the header is absent); never throws. */
    public static Parsed parse(String header) {
        if (header == null || header.isBlank()) {
            return new Invalid(Failure.MISSING);
        }
        String trimmed = header.strip();
        int space = indexOfWhitespace(trimmed);
        if (space < 0) {
            return new Invalid(Failure.UNKNOWN_SCHEME);
        }
        Kind kind = kindOf(trimmed.substring(0, space));
        if (kind == null) {
            return new Invalid(Failure.UNKNOWN_SCHEME);
        }
        String decoded = decodeBase64(trimmed.substring(space).strip());
        if (decoded == null) {
            return new Invalid(Failure.BAD_BASE64);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Invalid(Failure.NO_COLON);
        }
        String key = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        if (key.isEmpty() || secret.isEmpty()) {
            return new Invalid(Failure.EMPTY_KEY_OR_SECRET);
        }
        return new Valid(new EwalletCredentials(kind, key, secret));
    }

    /** True only for exactly {@value #MEDIA_TYPE_V1}, the one version Herald serves. */
    public static boolean acceptsVersion1(String acceptHeader) {
        return MEDIA_TYPE_V1.equals(acceptHeader);
    }

    // Authentication schemes are case-insensitive (RFC 7235 section 2.1).
    private static Kind kindOf(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "omgprovider", "omgserver" -> Kind.PROVIDER;
            case "omgclient" -> Kind.CLIENT;
            default -> null;
        };
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String decodeBase64(String encoded) {
        if (encoded.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            // Keys are text; bytes that are not UTF-8 cannot name one.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "EwalletCredentials[" + kind + " " + key + "]";
    }
}
