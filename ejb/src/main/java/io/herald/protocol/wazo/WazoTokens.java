package io.herald.protocol.wazo;

import java.util.Optional;

/**
 * The token directory (a port): a JPA table of issued tokens, or an external token validator.
 * Revoked tokens are simply not found.
 */
@FunctionalInterface
public interface WazoTokens {

    Optional<WazoToken> find(String tokenId);
}
