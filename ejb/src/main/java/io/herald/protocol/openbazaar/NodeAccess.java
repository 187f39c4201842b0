package io.herald.protocol.openbazaar;

import java.util.Set;

/**
 * What the handshake needs to know about a node.
 *
 * @param passwordSha256 hex SHA-256 of the Basic password, null when the node has no username
 * @param allowedIps the remote addresses accepted; empty accepts any
 */
public record NodeAccess(String nodeId, boolean enabled, String username, String passwordSha256,
                         String cookie, Set<String> allowedIps) {

    public boolean usesBasicAuth() {
        return username != null && !username.isEmpty() && passwordSha256 != null && !passwordSha256.isEmpty();
    }
}
