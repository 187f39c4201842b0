package io.herald.web.protocol.wazo;

import java.security.Principal;

/**
 * What a Wazo client presented at the upgrade, carried from {@link WazoHandshakeFilter} to the
 * endpoint as the request's principal (the endpoint config's properties are shared by every
 * connection, the principal is not). It is not an authenticated identity: the token is checked
 * after the upgrade, because the protocol reports failures as close codes.
 *
 * @param token the {@code token} query parameter, else the {@code X-Auth-Token} header; null if neither
 * @param version the {@code version} query parameter; null if absent
 */
public record WazoHandshake(String token, String version) implements Principal {

    @Override
    public String getName() {
        return "wazo-client";
    }

    @Override
    public String toString() {
        // Never the token itself: principals end up in logs.
        return "WazoHandshake[version=" + version + ", token " + (token == null ? "absent" : "present") + "]";
    }
}
