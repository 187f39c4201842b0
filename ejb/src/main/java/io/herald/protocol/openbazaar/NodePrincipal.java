package io.herald.protocol.openbazaar;

import java.security.Principal;

/** A connection authenticated as one OpenBazaar node. */
public record NodePrincipal(String nodeId) implements Principal {

    @Override
    public String getName() {
        return nodeId;
    }
}
