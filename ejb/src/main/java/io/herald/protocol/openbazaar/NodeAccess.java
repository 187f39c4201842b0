package io.herald.protocol.openbazaar;

import io.herald.core.Secrets;
import java.util.Set;

/**
 * What the handshake needs to know about a node.
 *
 * @param passwordSha256 hex SHA-256 of the Basic password, null when the node has no username
 * @param cookieSha256 hex SHA-256 of the auth cookie, null when the node has none
 * @param allowedIps the remote addresses accepted; empty accepts any
 */
public record NodeAccess(String nodeId, boolean enabled, String username, String passwordSha256,
                         String cookieSha256, Set<String> allowedIps) {

    /** Neither hash: passwords and cookies an administrator chose can be guessed, and the hash confirms a guess. */
    @Override
    public String toString() {
        return "NodeAccess[nodeId=" + nodeId + ", enabled=" + enabled + ", username=" + username + ", passwordSha256="
                + Secrets.redacted(passwordSha256) + ", cookieSha256=" + Secrets.redacted(cookieSha256) + ", allowedIps=" + allowedIps
                + "]";
    }

    public boolean usesBasicAuth() {
        return username != null && !username.isEmpty() && passwordSha256 != null && !passwordSha256.isEmpty();
    }
}
