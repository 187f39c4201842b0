package io.herald.protocol.openbazaar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decides, before the upgrade, whether a {@code /ws} request may connect and as which node.
 * Herald serves many nodes behind one path, so the credentials also say which node is meant:
 * a Basic username names a node with password authentication, a cookie names a node without one.
 * The checks follow the node's own order: API enabled, remote address allowed, then credentials.
 */
public final class NodeGate {

    private final NodeLookup nodes;

    /** Finds nodes by the credential that names them. */
    public interface NodeLookup {
        Optional<NodeAccess> byUsername(String username);

        Optional<NodeAccess> byCookie(String cookie);
    }

    public NodeGate(NodeLookup nodes) {
        this.nodes = nodes;
    }

    public Optional<NodePrincipal> admit(HandshakeCredentials presented) {
        Optional<NodeAccess> node = presented.basic()
                .flatMap(basic -> nodes.byUsername(basic.username()))
                .or(() -> presented.cookie().flatMap(nodes::byCookie));
        return node.filter(NodeAccess::enabled)
                .filter(n -> n.allowedIps().isEmpty() || n.allowedIps().contains(presented.remoteIp()))
                .filter(n -> credentialsMatch(n, presented))
                .map(n -> new NodePrincipal(n.nodeId()));
    }

    private static boolean credentialsMatch(NodeAccess node, HandshakeCredentials presented) {
        if (node.usesBasicAuth()) {
            return presented.basic()
                    .filter(b -> b.username().equals(node.username()))
                    .map(b -> constantTimeEqualsIgnoreCase(sha256Hex(b.password()), node.passwordSha256()))
                    .orElse(false);
        }
        return node.cookie() != null && presented.cookie()
                .map(c -> MessageDigest.isEqual(c.getBytes(StandardCharsets.UTF_8),
                        node.cookie().getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    public static String sha256Hex(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static boolean constantTimeEqualsIgnoreCase(String a, String b) {
        return MessageDigest.isEqual(a.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                b.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
