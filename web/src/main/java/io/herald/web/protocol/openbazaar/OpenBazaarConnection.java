package io.herald.web.protocol.openbazaar;

import io.herald.core.Admission;
import io.herald.core.Lane;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.core.Subscriber;
import io.herald.protocol.openbazaar.NodeFrame;
import io.herald.protocol.openbazaar.NodePrincipal;
import io.herald.protocol.openbazaar.OpenBazaarPolicy;
import io.herald.web.delivery.Outbound;
import java.util.Objects;

/**
 * One client of one node. The protocol is push-only: frames go out exactly as produced, and
 * whatever the client sends is ignored (never relayed to the node's other clients).
 *
 * <p>Concurrency follows {@linkplain io.herald.web.delivery the connection rule}: the policy decides
 * on the node's topic with no lock held, and a connection closed meanwhile never subscribes.
 */
public final class OpenBazaarConnection implements Subscriber<NodePrincipal, NodeFrame> {

    private final Router router;
    private final NodePrincipal node;
    private final Outbound outbound;

    private final Object lock = new Object();
    private boolean closed;

    public OpenBazaarConnection(Router router, NodePrincipal node, Outbound outbound) {
        this.router = Objects.requireNonNull(router, "router");
        this.node = Objects.requireNonNull(node, "node");
        this.outbound = Objects.requireNonNull(outbound, "outbound");
    }

    public String topic() {
        return NodeFrame.topic(node.nodeId());
    }

    /** The socket is open: from now on it receives its node's messages. */
    public void opened() {
        Admission own = router.admit(this, topic());
        if (!own.allowed()) {
            throw new IllegalStateException("a node was refused its own topic: " + own.decision());
        }
        synchronized (lock) {
            if (!closed) {
                own.subscribe();
            }
        }
    }

    /** The socket is gone, whichever side closed it. */
    public void closed() {
        synchronized (lock) {
            closed = true;
            router.leave(this, topic());
        }
    }

    @Override
    public Lane<NodePrincipal, NodeFrame> lane() {
        return OpenBazaarPolicy.LANE;
    }

    @Override
    public NodePrincipal principal() {
        return node;
    }

    @Override
    public void deliver(String topic, Publication<NodeFrame> publication) {
        synchronized (lock) {
            if (!closed) {
                outbound.send(publication.payload().text());
            }
        }
    }
}
