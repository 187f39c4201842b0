package io.herald.protocol.wazo;

/**
 * A token was revoked or deleted; observed after the change commits, so that connections still
 * using it close with 4003 at once rather than at its expiry.
 */
public record WazoTokenRevoked(String tokenId) {
}
