package io.herald.web.protocol.openbazaar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.protocol.openbazaar.NodeFrame;
import io.herald.protocol.openbazaar.NodePrincipal;
import io.herald.protocol.openbazaar.OpenBazaarPolicy;
import io.herald.web.delivery.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenBazaarConnectionTest {

    private static final NodePrincipal NODE = new NodePrincipal("node-1");

    private final Router router = new Router(List.of(new OpenBazaarPolicy()), new HeraldMetrics());
    private final List<String> frames = new ArrayList<>();
    private final Outbound out = new Outbound() {
        @Override
        public void send(String frame) {
            frames.add(frame);
        }

        @Override
        public void close(int code, String reason) {
            throw new AssertionError("a node connection never closes itself");
        }
    };

    private static Publication<NodeFrame> frame(String node, String text) {
        return new Publication<>(OpenBazaarPolicy.LANE, Set.of(NodeFrame.topic(node)), new NodeFrame(node, "wallet", text));
    }

    @Test
    void anOpenConnectionReceivesItsNodesFramesAsProduced() {
        OpenBazaarConnection connection = new OpenBazaarConnection(router, NODE, out);
        connection.opened();

        router.publish(frame("node-1", "{\"walletUpdate\":{}}"));
        router.publish(frame("node-2", "{\"notification\":{}}"));

        assertEquals(List.of("{\"walletUpdate\":{}}"), frames);
        assertTrue(router.isSubscribed(connection, connection.topic()));
    }

    @Test
    void aClosedConnectionLeavesItsTopicAndReceivesNothingMore() {
        OpenBazaarConnection connection = new OpenBazaarConnection(router, NODE, out);
        connection.opened();
        connection.closed();

        router.publish(frame("node-1", "{\"walletUpdate\":{}}"));
        connection.deliver(connection.topic(), frame("node-1", "late"));

        assertEquals(List.of(), frames);
        assertEquals(0, router.topicCount(Protocol.OPENBAZAAR));
    }

    @Test
    void aConnectionClosedBeforeItsJoinIsDecidedNeverSubscribes() {
        OpenBazaarConnection connection = new OpenBazaarConnection(router, NODE, out);
        connection.closed();
        connection.opened();

        assertFalse(router.isSubscribed(connection, connection.topic()));
    }
}
