package io.herald.protocol.wazo;

/**
 * A token was revoked or deleted; observed after the change commits, so that connections still
 * using it close with 4003 at once rather than at its expiry.
 *
 * @param handle the token's {@link WazoTokenHandle}, never the token
 */
public record WazoTokenRevoked(String handle) {
}
