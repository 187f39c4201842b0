package io.herald.web.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.web.delivery.SocketErrors;
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

/**
 * {@code wss://host:9502/}: the Wazo websocketd URL of the protocol's documentation. The work is
 * in {@link WazoSocket}; this class only adapts the WebSocket callbacks, as does
 * {@link WazoSdkEndpoint} for the path the official SDK uses.
 */
@ServerEndpoint(WazoEndpoint.PATH)
public class WazoEndpoint {

    static final String PATH = "/";

    @Inject
    WazoSockets sockets;

    private WazoSocket socket;

    @OnOpen
    public void open(Session session) throws IOException {
        socket = openSocket(sockets, session);
    }

    @OnMessage
    public void text(String part, boolean last) {
        if (socket != null) {
            socket.onText(part, last);
        }
    }

    @OnMessage
    public void binary(ByteBuffer ignored, boolean last) {
        if (socket != null) {
            socket.onBinary();
        }
    }

    @OnClose
    public void close() {
        if (socket != null) {
            socket.closed();
        }
    }

    @OnError
    public void error(Throwable failure) {
        SocketErrors.log(Protocol.WAZO, failure);
    }

    /** Shared by both endpoints: the handshake filter must have let the upgrade through. */
    static WazoSocket openSocket(WazoSockets sockets, Session session) throws IOException {
        if (!(session.getUserPrincipal() instanceof WazoHandshake handshake)) {
            // Only reachable if the filter was bypassed; never serve a socket off the TLS listener.
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not on the wss listener"));
            return null;
        }
        WazoSocket socket = sockets.open(session);
        socket.opened(handshake);
        return socket;
    }
}
