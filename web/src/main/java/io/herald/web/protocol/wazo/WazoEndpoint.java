package io.herald.web.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.web.delivery.SocketErrors;
import io.herald.web.inbound.Handshake;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Wazo websocketd endpoint, one definition that {@link WazoPaths} deploys at both of Wazo's
 * paths. The work is in {@link WazoSocket}; this class only adapts the WebSocket callbacks.
 */
public class WazoEndpoint extends Endpoint {

    private static final Logger LOG = Logger.getLogger(WazoEndpoint.class.getName());

    private final WazoSockets sockets;
    private WazoSocket socket;

    WazoEndpoint(WazoSockets sockets) {
        this.sockets = Objects.requireNonNull(sockets, "sockets");
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        Optional<Handshake.Presented> presented = Handshake.presented(session.getUserPrincipal());
        if (presented.isEmpty()) {
            // Only reachable if the filter was bypassed; never serve a socket off the TLS listener.
            refuse(session);
            return;
        }
        WazoSocket opened = sockets.open(session);
        MessageHandler.Partial<String> text = opened::onText;
        MessageHandler.Partial<ByteBuffer> binary = (ignored, last) -> opened.onBinary();
        session.addMessageHandler(String.class, text);
        session.addMessageHandler(ByteBuffer.class, binary);
        socket = opened;
        opened.opened(presented.get());
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (socket != null) {
            socket.closed();
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        SocketErrors.log(Protocol.WAZO, failure);
    }

    private static void refuse(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not on the wss listener"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a socket that bypassed the handshake filter", e);
        }
    }
}
