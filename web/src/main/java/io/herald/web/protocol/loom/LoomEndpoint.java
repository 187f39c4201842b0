package io.herald.web.protocol.loom;

import io.herald.core.Protocol;
import io.herald.core.Router;
import io.herald.protocol.loom.JpaLoomAcks;
import io.herald.protocol.loom.LoomAuthenticator;
import io.herald.protocol.loom.JpaLoomHistory;
import io.herald.web.delivery.OutboundQueues;
import io.herald.web.delivery.OutboundQueue;
import io.herald.web.delivery.SocketErrors;
import io.herald.web.inbound.Handshake;
import io.herald.web.inbound.MessageAssembler;
import io.herald.web.inbound.MessageSizeLimits;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.time.Clock;

/** {@code /websocket}: Rails ActionCable ({@code actioncable-v1-json}) for Loom apps. */
@ServerEndpoint(value = "/websocket", subprotocols = "actioncable-v1-json")
public class LoomEndpoint {

    @Inject
    Router router;

    @Inject
    OutboundQueues outboundQueues;

    @Inject
    LoomHeartbeat live;

    @Inject
    LoomAuthenticator authenticator;

    @Inject
    JpaLoomHistory history;

    @Inject
    JpaLoomAcks acks;

    @Inject
    MessageSizeLimits limits;

    private LoomConnection connection;
    private MessageAssembler inbound;

    @OnOpen
    public void open(Session session) {
        String header = Handshake.presented(session.getUserPrincipal())
                .map(Handshake.Presented::credential)
                .orElse(null);
        OutboundQueue out = outboundQueues.open(Protocol.LOOM, session);
        connection = new LoomConnection(authenticator.verify(header), router, out, Clock.systemUTC(), history, acks);
        inbound = limits.assembler(Protocol.LOOM, out);
        connection.opened();
        live.add(connection);
    }

    @OnMessage
    public void text(String part, boolean last) {
        inbound.text(part, last).ifPresent(connection::onText);
    }

    /** Not ActionCable's: ignored like any frame that is not a command, but only up to the limit. */
    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        inbound.binary(part, last);
    }

    @OnClose
    public void close() {
        if (connection != null) {
            live.remove(connection);
            connection.closed();
            outboundQueues.closed(Protocol.LOOM);
            connection = null;
        }
    }

    @OnError
    public void error(Throwable failure) {
        SocketErrors.log(Protocol.LOOM, failure);
    }
}
