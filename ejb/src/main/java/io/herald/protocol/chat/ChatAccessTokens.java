package io.herald.protocol.chat;

import java.time.Instant;
import java.util.Optional;

/**
 * Port to the store of access tokens the HTTP login hands out. Implementations may fail with a
 * runtime exception; callers turn that into a server error.
 */
public interface ChatAccessTokens {

    /** The token's record, or empty when no such token was ever issued. */
    Optional<AccessToken> find(String accessToken);

    /**
     * What the store knows about one token.
     *
     * @param expiresAt null when the token never expires
     */
    record AccessToken(long userId, Instant expiresAt, boolean revoked) {

        public boolean validAt(Instant now) {
            return !revoked && (expiresAt == null || now.isBefore(expiresAt));
        }
    }
}
