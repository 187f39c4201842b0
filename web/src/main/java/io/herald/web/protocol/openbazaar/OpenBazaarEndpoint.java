package io.herald.web.protocol.openbazaar;

import io.herald.core.Protocol;
import io.herald.core.Router;
import io.herald.protocol.openbazaar.NodePrincipal;
import io.herald.web.delivery.OutboundQueues;
import io.herald.web.delivery.OutboundQueue;
import io.herald.web.delivery.SocketErrors;
import io.herald.web.inbound.Handshake;
import io.herald.web.inbound.MessageAssembler;
import io.herald.web.inbound.MessageSizeLimits;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/** {@code /ws}: an OpenBazaar node's notification socket. Authentication happened in the handshake filter. */
@ServerEndpoint("/ws")
public class OpenBazaarEndpoint {

    /** A client whose 256 waiting frames are not taken is disconnected, as node clients expect. */
    static final int SEND_QUEUE = 256;

    @Inject
    Router router;

    @Inject
    OutboundQueues outboundQueues;

    @Inject
    MessageSizeLimits limits;

    private OpenBazaarConnection connection;
    private MessageAssembler inbound;

    @OnOpen
    public void open(Session session) throws IOException {
        Optional<NodePrincipal> node = Handshake.authenticated(session.getUserPrincipal(), NodePrincipal.class);
        if (node.isEmpty()) {
            // Only reachable if the filter was bypassed; never serve an unauthenticated socket.
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not authenticated"));
            return;
        }
        OutboundQueue out = outboundQueues.open(Protocol.OPENBAZAAR, session, SEND_QUEUE);
        connection = new OpenBazaarConnection(router, node.get(), out);
        inbound = limits.assembler(Protocol.OPENBAZAAR, out);
        connection.opened();
    }

    /** Push-only protocol: client messages have no meaning and are dropped, but only up to the limit. */
    @OnMessage
    public void text(String part, boolean last) {
        if (connection != null) {
            inbound.text(part, last);
        }
    }

    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        if (connection != null) {
            inbound.binary(part, last);
        }
    }

    @OnClose
    public void close() {
        if (connection != null) {
            connection.closed();
            outboundQueues.closed(Protocol.OPENBAZAAR);
            connection = null;
        }
    }

    @OnError
    public void error(Throwable failure) {
        SocketErrors.log(Protocol.OPENBAZAAR, failure);
    }
}
