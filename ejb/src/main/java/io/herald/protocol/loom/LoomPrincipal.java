package io.herald.protocol.loom;

import java.util.Objects;

/** Who holds a Loom connection: an app, authorized for exactly one organization. */
public record LoomPrincipal(String organizationId, String appId) {

    public LoomPrincipal {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(appId, "appId");
    }
}
