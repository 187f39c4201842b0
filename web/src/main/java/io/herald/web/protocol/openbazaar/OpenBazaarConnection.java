package io.herald.web.protocol.openbazaar;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Subscriber;
import io.herald.protocol.openbazaar.NodeFrame;
import io.herald.protocol.openbazaar.NodePrincipal;
import io.herald.web.delivery.Outbound;

/**
 * One client of one node. The protocol is push-only: frames go out exactly as produced, and
 * whatever the client sends is ignored (never relayed to the node's other clients).
 */
public final class OpenBazaarConnection implements Subscriber {

    private final NodePrincipal node;
    private final Outbound outbound;

    public OpenBazaarConnection(NodePrincipal node, Outbound outbound) {
        this.node = node;
        this.outbound = outbound;
    }

    public String topic() {
        return NodeFrame.topic(node.nodeId());
    }

    @Override
    public Protocol protocol() {
        return Protocol.OPENBAZAAR;
    }

    @Override
    public Object principal() {
        return node;
    }

    @Override
    public void deliver(String topic, Publication publication) {
        outbound.send(publication.payload(NodeFrame.class).text());
    }
}
