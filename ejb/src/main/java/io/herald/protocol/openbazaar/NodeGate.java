package io.herald.protocol.openbazaar;

import io.herald.core.Secrets;
import io.herald.persistence.openbazaar.OpenBazaarNode;
import java.util.Optional;

/**
 * Decides, before the upgrade, whether a {@code /ws} request may connect and as which node.
 * Herald serves many nodes behind one path, so the credentials also say which node is meant:
 * a Basic username names a node with password authentication, a cookie names a node without one.
 * The checks follow the node's own order: API enabled, remote address allowed, then credentials.
 */
public final class NodeGate {

    private final NodeLookup nodes;

    /** Finds nodes by the credential that names them; a cookie, stored only as a hash, by its hash. */
    public interface NodeLookup {
        Optional<NodeAccess> byUsername(String username);

        Optional<NodeAccess> byCookieSha256(String cookieSha256);
    }

    public NodeGate(NodeLookup nodes) {
        this.nodes = nodes;
    }

    public Optional<NodePrincipal> admit(HandshakeCredentials presented) {
        // A credential longer than any the admin API accepts names no node, so it is not looked up.
        Optional<NodeAccess> node = presented.basic()
                .filter(basic -> basic.username().length() <= OpenBazaarNode.USERNAME_LENGTH)
                .flatMap(basic -> nodes.byUsername(basic.username()))
                .or(() -> presented.cookie().filter(c -> c.length() <= OpenBazaarNode.COOKIE_LENGTH)
                        .map(Secrets::sha256Hex).flatMap(nodes::byCookieSha256));
        return node.filter(NodeAccess::enabled)
                .filter(n -> n.allowedIps().isEmpty() || n.allowedIps().contains(presented.remoteIp()))
                .filter(n -> credentialsMatch(n, presented))
                .map(n -> new NodePrincipal(n.nodeId()));
    }

    private static boolean credentialsMatch(NodeAccess node, HandshakeCredentials presented) {
        if (node.usesBasicAuth()) {
            return presented.basic()
                    .filter(b -> b.username().equals(node.username()))
                    .map(b -> Secrets.hexEquals(Secrets.sha256Hex(b.password()), node.passwordSha256()))
                    .orElse(false);
        }
        return presented.cookie().map(c -> Secrets.hexEquals(Secrets.sha256Hex(c), node.cookieSha256())).orElse(false);
    }
}
