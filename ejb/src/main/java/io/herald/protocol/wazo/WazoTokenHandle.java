package io.herald.protocol.wazo;

import io.herald.core.Secrets;

/**
 * The name of a Wazo token that is not the token: the first 16 hex characters of its SHA-256. The
 * admin API lists and revokes tokens by it, and whoever holds a token can work it out
 * ({@code printf %s TOKEN | sha256sum | cut -c1-16}); it does not lead back to the token.
 */
public final class WazoTokenHandle {

    static final int LENGTH = 16;

    private WazoTokenHandle() {
    }

    public static String of(String token) {
        return Secrets.sha256Hex(token).substring(0, LENGTH);
    }
}
