package io.herald.protocol.openbazaar;

import io.herald.core.Secrets;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What a client presented on the {@code /ws} upgrade request: HTTP Basic credentials and/or the
 * {@code OpenBazaar_Auth_Cookie} cookie, and where it came from.
 */
public record HandshakeCredentials(String remoteIp, Optional<Basic> basic, Optional<String> cookie) {

    public static final String COOKIE_NAME = "OpenBazaar_Auth_Cookie";

    public record Basic(String username, String password) {
        @Override
        public String toString() {
            return "Basic[username=" + username + ", password=" + Secrets.redacted(password) + "]";
        }
    }

    @Override
    public String toString() {
        return "HandshakeCredentials[remoteIp=" + remoteIp + ", basic=" + basic + ", cookie="
                + Secrets.redacted(cookie.orElse(null)) + "]";
    }

    /** Parses an {@code Authorization} header value; anything but well-formed Basic gives empty. */
    public static Optional<Basic> parseBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new Basic(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
