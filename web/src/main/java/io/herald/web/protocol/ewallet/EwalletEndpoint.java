package io.herald.web.protocol.ewallet;

import io.herald.core.Protocol;
import io.herald.core.Router;
import io.herald.protocol.ewallet.EwalletPrincipal;
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
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /api/socket}: the eWallet socket, on the plain HTTP and the TLS listener. Authentication
 * happened in {@link EwalletHandshakeFilter}; the protocol itself is {@link EwalletConnection}'s.
 */
@ServerEndpoint("/api/socket")
public class EwalletEndpoint {

    @Inject
    Router router;

    @Inject
    OutboundQueues outboundQueues;

    @Inject
    EwalletIdleTimeouts idleTimeouts;

    @Inject
    MessageSizeLimits limits;

    private EwalletConnection connection;
    private MessageAssembler inbound;
    private EwalletIdleTimeouts.Watch idleWatch;

    @OnOpen
    public void open(Session session) throws IOException {
        Optional<EwalletPrincipal> authenticated =
                Handshake.authenticated(session.getUserPrincipal(), EwalletPrincipal.class);
        if (authenticated.isEmpty()) {
            // Only reachable if the filter was bypassed; never serve an unauthenticated socket.
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not authenticated"));
            return;
        }
        EwalletPrincipal principal = authenticated.get();
        OutboundQueue out = outboundQueues.open(Protocol.EWALLET, session);
        connection = new EwalletConnection(router, out, Clock.systemUTC(), principal, idleTimeouts.timeout());
        inbound = limits.assembler(Protocol.EWALLET, out);
        connection.opened();
        idleWatch = idleTimeouts.watch(connection);
    }

    @OnMessage
    public void text(String part, boolean last) {
        if (connection != null) {
            inbound.text(part, last).ifPresent(connection::onText);
        }
    }

    /** A binary frame is read as UTF-8 text: the same JSON is accepted, anything else is invalid_format. */
    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        if (connection != null) {
            inbound.binary(part, last).ifPresent(connection::onBinary);
        }
    }

    @OnClose
    public void close() {
        if (connection != null) {
            idleWatch.stop();
            connection.closed();
            outboundQueues.closed(Protocol.EWALLET);
            connection = null;
        }
    }

    @OnError
    public void error(Throwable failure) {
        SocketErrors.log(Protocol.EWALLET, failure);
    }
}
