package io.herald.protocol.openbazaar;

import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.TopicPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** A node's connections receive that node's messages and nothing else. */
@ApplicationScoped
public class OpenBazaarPolicy implements TopicPolicy<NodePrincipal, NodeFrame> {

    /** OpenBazaar's lane: a node's connections receive its notification frames. */
    public static final Lane<NodePrincipal, NodeFrame> LANE = new Lane<>(Protocol.OPENBAZAAR, NodePrincipal.class, NodeFrame.class);

    @Override
    public Lane<NodePrincipal, NodeFrame> lane() {
        return LANE;
    }

    @Override
    public JoinDecision mayJoin(NodePrincipal principal, String topic) {
        if (!topic.startsWith("node:")) {
            return JoinDecision.UNMATCHED;
        }
        return principal != null && topic.equals(NodeFrame.topic(principal.nodeId()))
                ? JoinDecision.ALLOWED
                : JoinDecision.FORBIDDEN;
    }
}
