package io.herald.protocol.openbazaar;

import io.herald.core.Secrets;
import java.util.Set;

/**
 * What the handshake needs to know about a node.
 *
 * @param passwordSha256 hex SHA-256 of the Basic password, null when the node has no username
 * @param allowedIps the remote addresses accepted; empty accepts any
 */
public record NodeAccess(String nodeId, boolean enabled, String username, String passwordSha256,
                         String cookie, Set<String> allowedIps) {

    /** Neither the password's hash (passwords can be guessed, and the hash confirms a guess) nor the cookie. */
    @Override
    public String toString() {
        return "NodeAccess[nodeId=" + nodeId + ", enabled=" + enabled + ", username=" + username + ", passwordSha256="
                + Secrets.redacted(passwordSha256) + ", cookie=" + Secrets.redacted(cookie) + ", allowedIps=" + allowedIps
                + "]";
    }

    public boolean usesBasicAuth() {
        return username != null && !username.isEmpty() && passwordSha256 != null && !passwordSha256.isEmpty();
    }
}
