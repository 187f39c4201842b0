package io.herald.protocol.openbazaar;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import io.herald.core.TopicPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** A node's connections receive that node's messages and nothing else. */
@ApplicationScoped
public class OpenBazaarPolicy implements TopicPolicy {

    @Override
    public Protocol protocol() {
        return Protocol.OPENBAZAAR;
    }

    @Override
    public JoinDecision mayJoin(Object principal, String topic) {
        if (!topic.startsWith("node:")) {
            return JoinDecision.UNMATCHED;
        }
        return principal instanceof NodePrincipal node && topic.equals(NodeFrame.topic(node.nodeId()))
                ? JoinDecision.ALLOWED
                : JoinDecision.FORBIDDEN;
    }
}
